import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedSectionKey } from '../../app/sections';
import { useDocumentTitle } from '../../ui/use-document-title';

/** The honest page for a section that is not built yet. */
export function UnavailablePage({ section }: { section: PlannedSectionKey }) {
  const { t } = useTranslation();
  const title = t(`nav.${section}`);
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="notice">
        <p className="notice__title">{t('unavailable.title')}</p>
        <p>{t('unavailable.body')}</p>
        <p>
          {t('unavailable.planned')} {t(`unavailable.plans.${section}`)}
        </p>
      </div>
      <Link className="button" to="/">
        {t('unavailable.back')}
      </Link>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button" to="/">
        {t('unavailable.back')}
      </Link>
    </section>
  );
}
