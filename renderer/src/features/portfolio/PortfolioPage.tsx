import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { CV_SECTIONS, filledCvSections } from '../../../../shared/portfolio/cv';
import { essayProgress } from '../../../../shared/portfolio/self-description';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useCvEntries, useEssays } from './use-portfolio';

/** What the candidate writes for the portfolio, and how far each part is. */
export function PortfolioPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.title'));
  const essays = useEssays();
  const cv = useCvEntries();
  return (
    <section className="page">
      <h1>{t('portfolio.title')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      {!essays || !cv ? (
        <Loading />
      ) : (
        <ul className="portfolio-parts">
          <li className="card">
            <h2>
              <Link to={PAGES.cv}>{t('cv.title')}</Link>
            </h2>
            <p>{t('portfolio.cvBody')}</p>
            <p className="progress-line">
              {t('cv.progress', {
                filled: filledCvSections([...cv.values()].flat()).size,
                total: CV_SECTIONS.length,
              })}
            </p>
          </li>
          <li className="card">
            <h2>
              <Link to={PAGES.selfDescription}>{t('essays.title')}</Link>
            </h2>
            <p>{t('portfolio.essaysBody')}</p>
            <p className="progress-line">{t('essays.progress', { ...essayProgress(essays) })}</p>
          </li>
          <li className="card">
            <h2>
              <Link to={PAGES.export}>{t('portfolio.exportTitle')}</Link>
            </h2>
            <p>{t('portfolio.exportBody')}</p>
          </li>
          <li className="card">
            <h2>
              <Link to={PAGES.verify}>{t('portfolio.verifyTitle')}</Link>
            </h2>
            <p>{t('portfolio.verifyBody')}</p>
          </li>
        </ul>
      )}
    </section>
  );
}
