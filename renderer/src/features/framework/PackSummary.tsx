import { useTranslation } from 'react-i18next';
import type { PackRow } from '../../db/database';

/** Which pack is in use, and honestly where its text comes from. */
export function PackSummary({ row }: { row: PackRow }) {
  const { t } = useTranslation();
  const { pack } = row;
  const { provenance } = pack;
  return (
    <section className="card" aria-labelledby="pack-title">
      <p className="eyebrow">{t('framework.activePack')}</p>
      <h2 id="pack-title">
        {pack.title}{' '}
        <span className="muted">({t('framework.version', { version: pack.version })})</span>
      </h2>
      <p>
        <span className={`badge badge--${provenance.status}`}>
          {t(`framework.status.${provenance.status}`)}
        </span>{' '}
        <span className="muted">
          {t('framework.confidence', {
            level: t(`framework.confidenceLevels.${provenance.confidence}`),
          })}
          {' · '}
          {t('framework.compiledOn', { date: provenance.date })}
        </span>
      </p>
      <details>
        <summary>{t('framework.provenanceTitle')}</summary>
        {provenance.note && <p>{provenance.note}</p>}
        <ul>
          {provenance.sources.map((source) => (
            <li key={source.title}>
              <strong>{source.title}</strong>
              {source.detail && <> — {source.detail}</>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
