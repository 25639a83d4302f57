import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './practice.css';

const PAGES = [
  { key: 'log', path: '/praktik' },
  { key: 'summary', path: '/praktik/ringkasan' },
  { key: 'supervisors', path: '/praktik/supervisor' },
  { key: 'settings', path: '/praktik/pengaturan' },
  { key: 'supervisorMode', path: '/praktik/mode-supervisor' },
] as const;

/** The Jam Praktik pages, as tabs under the page title. */
export function PracticeNav() {
  const { t } = useTranslation();
  return (
    <nav className="practice-nav" aria-label={t('practice.nav.label')}>
      {PAGES.map((page) => (
        <NavLink key={page.key} to={page.path} end>
          {t(`practice.nav.${page.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
