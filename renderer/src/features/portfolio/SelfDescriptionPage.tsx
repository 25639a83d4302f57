import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  countWords,
  ESSAY_DOMAINS,
  ESSAY_PROMPTS,
  essayProgress,
  essayStatus,
  promptNumber,
  promptText,
  type Essay,
} from '../../../../shared/portfolio/self-description';
import { PAGES } from '../../ui/paths';
import { currentLanguage } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { EssayEditor } from './EssayEditor';
import { useEssays } from './use-portfolio';

export function SelfDescriptionPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('essays.title'));
  const language = currentLanguage(i18n);
  const essays = useEssays();
  const [selectedId, setSelectedId] = useState(ESSAY_PROMPTS[0]?.id);
  const selected = ESSAY_PROMPTS.find((p) => p.id === selectedId);

  return (
    <section className="page page--wide">
      <p>
        <Link to={PAGES.portfolio}>{t('portfolio.back')}</Link>
      </p>
      <h1>{t('essays.title')}</h1>
      <p className="lead">{t('essays.intro')}</p>
      <p className="muted">{t('essays.promptsNote')}</p>
      {!essays ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="progress-line">
            {t('essays.progress', { ...essayProgress(essays) })}
          </p>
          <div className="browser browser--essays">
            <nav className="card essay-nav" aria-label={t('essays.listLabel')}>
              {ESSAY_DOMAINS.map((domain) => (
                <div key={domain}>
                  <h2 className="essay-nav__domain">{t(`essays.domains.${domain}`)}</h2>
                  <ul className="plain-list essay-nav__list">
                    {ESSAY_PROMPTS.filter((p) => p.domain === domain).map((p) => (
                      <li key={p.id}>
                        <button
                          type="button"
                          className="tree__criterion"
                          aria-current={p.id === selectedId ? 'true' : undefined}
                          onClick={() => setSelectedId(p.id)}
                        >
                          <span className="essay-nav__prompt">
                            {t(`essays.domains.${domain}`)} {promptNumber(p)}:{' '}
                            {promptText(p, language, essays.get(p.id))}
                          </span>
                          <EssayBadge essay={essays.get(p.id)} />
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
            {selected && (
              <EssayEditor key={selected.id} prompt={selected} essay={essays.get(selected.id)} />
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** K for blank, the word count otherwise, marked when it is under the top-mark length. */
function EssayBadge({ essay }: { essay?: Essay }) {
  const { t } = useTranslation();
  const text = essay?.text ?? '';
  const status = essayStatus(text);
  const className = { blank: 'rating rating--none', short: 'rating rating--warn', ready: 'rating' }[
    status
  ];
  return (
    <span className={className}>
      {status === 'blank' ? (
        <>
          {t('essays.badgeBlank')}
          <span className="visually-hidden"> ({t('essays.status.blank')})</span>
        </>
      ) : (
        t('essays.words', { count: countWords(text) })
      )}
    </span>
  );
}
