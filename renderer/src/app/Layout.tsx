import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackupReminder, QuitBackupNotice, QuotaAlert } from '../features/data';
import { useAppCommands } from './app-commands';
import { OpenedFileRouter } from './OpenedFileRouter';
import { SECTIONS } from './sections';

export function Layout() {
  const { t } = useTranslation();
  useAppCommands();
  return (
    <div className="shell">
      {/* A hash router owns the URL fragment, so the skip link moves focus by hand. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav">
            {SECTIONS.map((section) => (
              <li key={section.key}>
                <NavLink to={section.path} end={section.path === '/'} className="nav__link">
                  {t(`nav.${section.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <p className="sidebar__privacy">{t('app.privacy')}</p>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <QuotaAlert />
        <BackupReminder />
        <OpenedFileRouter />
        <Outlet />
      </main>
      <QuitBackupNotice />
    </div>
  );
}
