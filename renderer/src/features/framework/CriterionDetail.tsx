import { useTranslation } from 'react-i18next';
import { FACET_NAMES, FACETS, type IndexedCriterion } from '../../../../shared/framework/filter';
import type { FrameworkPack } from '../../../../shared/framework/pack';
import { facetValueLabel } from './labels';

const TAG_FACETS = FACET_NAMES.filter((f) => f !== 'domain' && f !== 'level');

export function CriterionDetail({
  pack,
  item,
}: {
  pack: FrameworkPack;
  item: IndexedCriterion | undefined;
}) {
  const { t } = useTranslation();
  return (
    <aside className="detail card" aria-labelledby="detail-title" aria-live="polite">
      <h2 id="detail-title" className="eyebrow">
        {t('framework.detailTitle')}
      </h2>
      {!item ? (
        <p className="muted">{t('framework.detailEmpty')}</p>
      ) : (
        <>
          <p className="detail__question">{item.criterion.question}</p>
          <dl className="facts facts--stacked">
            <dt>{t('framework.unit')}</dt>
            <dd>
              {item.unit.code} {item.unit.title} ·{' '}
              {facetValueLabel(t, pack, 'domain', item.unit.domain)}
            </dd>
            <dt>{t('framework.element')}</dt>
            <dd>{item.element.title}</dd>
            {item.criterion.description && (
              <>
                <dt>{t('framework.evidenceHint')}</dt>
                <dd>{item.criterion.description}</dd>
              </>
            )}
            <dt>{t('framework.levels')}</dt>
            <dd>{item.criterion.levels.map((l) => t(`levels.${l}`)).join(', ')}</dd>
            {TAG_FACETS.map((facet) => {
              const values = FACETS[facet](item);
              if (values.length === 0) return null;
              return (
                <div key={facet} className="facts__row">
                  <dt>{t(`framework.facets.${facet}`)}</dt>
                  <dd>
                    <ul className="chips">
                      {values.map((value) => (
                        <li key={value} className="chip">
                          {facetValueLabel(t, pack, facet, value)}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              );
            })}
            {item.criterion.tags.keywords && (
              <>
                <dt>{t('framework.keywords')}</dt>
                <dd>{item.criterion.tags.keywords.join(', ')}</dd>
              </>
            )}
          </dl>
          <p className="muted small">{item.criterion.id}</p>
        </>
      )}
    </aside>
  );
}
