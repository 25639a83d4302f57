import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { loadReadinessDashboard } from '../dashboard';
import { useProfile } from '../../queries/profile';

// Charts are heavy: load them after the first paint, not at start-up.
const ReadinessDashboard = lazy(() =>
  loadReadinessDashboard().then((m) => ({ default: m.ReadinessDashboard })),
);

export function HomePage() {
  const { t } = useTranslation();
  const profile = useProfile();
  useDocumentTitle(t('nav.home'));
  if (profile === undefined) return <Loading />;
  return (
    <section className="page page--wide">
      <h1>{profile ? t('home.greeting', { name: profile.fullName }) : t('home.welcome')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {profile ? (
        <div className="card">
          <p>{t('home.targetLevel', { level: t(`levels.${profile.targetLevel}`) })}</p>
          <Link className="button" to={PAGES.profile}>
            {t('home.editProfile')}
          </Link>
        </div>
      ) : (
        <div className="card card--inviting">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyBody')}</p>
          <Link className="button button--primary" to={PAGES.profile}>
            {t('home.emptyAction')}
          </Link>
        </div>
      )}
      <Suspense fallback={<Loading />}>
        <ReadinessDashboard level={profile?.targetLevel} />
      </Suspense>
    </section>
  );
}
