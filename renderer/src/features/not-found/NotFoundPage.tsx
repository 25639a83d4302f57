import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button" to={PAGES.home}>
        {t('notFound.back')}
      </Link>
    </section>
  );
}
