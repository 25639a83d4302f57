import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A simulation address that leads nowhere (deleted, or from another device's history), or one
 * whose bank is no longer installed (`message` says which).
 */
export function AttemptNotFound({ title, message }: { title: string; message?: string }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{title}</h1>
      <p role="alert">{message ?? t('exam.question.notFound')}</p>
      <Link className="button" to={PAGES.exam}>
        {t('exam.question.back')}
      </Link>
    </section>
  );
}
import { PAGES } from '../../ui/paths';
