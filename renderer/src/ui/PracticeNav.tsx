import { PAGES } from './paths';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './practice-nav.css';

const TABS = [
  { key: 'log', path: PAGES.practice },
  { key: 'summary', path: PAGES.practiceSummary },
  { key: 'supervisors', path: PAGES.supervisors },
  { key: 'settings', path: PAGES.practiceSettings },
  { key: 'supervisorMode', path: PAGES.supervisorMode },
] as const;

/** The Jam Praktik pages, as tabs under the page title. */
export function PracticeNav() {
  const { t } = useTranslation();
  return (
    <nav className="practice-nav" aria-label={t('practice.nav.label')}>
      {TABS.map((page) => (
        <NavLink key={page.key} to={page.path} end>
          {t(`practice.nav.${page.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
