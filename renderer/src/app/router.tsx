import { createHashRouter, type RouteObject } from 'react-router';
import { Apl02Page } from '../features/assessment/Apl02Page';
import { AssessmentPage } from '../features/assessment/AssessmentPage';
import { DataPage } from '../features/backup/DataPage';
import { ExamPage } from '../features/exam/ExamPage';
import { ShortPracticePage } from '../features/exam/ShortPracticePage';
import { ReportPage } from '../features/exam/ReportPage';
import { SimulationPage } from '../features/exam/SimulationPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { FrameworkPage } from '../features/framework/FrameworkPage';
import { HomePage } from '../features/home/HomePage';
import { PracticePage } from '../features/practice/PracticePage';
import { SupervisorModePage } from '../features/practice/SupervisorModePage';
import { SupervisorsPage } from '../features/practice/SupervisorsPage';
import { PracticeSettingsPage } from '../features/practice/PracticeSettingsPage';
import { CvPage } from '../features/portfolio/CvPage';
import { ExportPage } from '../features/portfolio/export/ExportPage';
import { VerifyPage } from '../features/portfolio/VerifyPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { SelfDescriptionPage } from '../features/portfolio/SelfDescriptionPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { RouteError } from './ErrorBoundary';
import { Layout } from './Layout';
import { PAGES } from './paths';
import { SECTIONS } from './sections';

const BUILT = {
  home: <HomePage />,
  profile: <ProfilePage />,
  framework: <FrameworkPage />,
  assessment: <AssessmentPage />,
  practice: <PracticePage />,
  portfolio: <PortfolioPage />,
  exam: <ExamPage />,
  data: <DataPage />,
  settings: <SettingsPage />,
};

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        // Errors inside a page keep the sidebar, so the user can go elsewhere.
        errorElement: <RouteError />,
        children: [
          ...SECTIONS.map((section) => ({
            path: section.path,
            element: BUILT[section.key],
          })),
          { path: PAGES.apl02, element: <Apl02Page /> },
          { path: PAGES.evidence, element: <EvidencePage /> },
          {
            path: PAGES.practiceSummary,
            // Charts (recharts) load with the page that shows them, not at start-up.
            lazy: () =>
              import('../features/practice/PracticeSummaryPage').then((m) => ({
                Component: m.PracticeSummaryPage,
              })),
          },
          { path: PAGES.practiceSettings, element: <PracticeSettingsPage /> },
          { path: PAGES.supervisors, element: <SupervisorsPage /> },
          { path: PAGES.supervisorMode, element: <SupervisorModePage /> },
          { path: PAGES.cv, element: <CvPage /> },
          { path: PAGES.selfDescription, element: <SelfDescriptionPage /> },
          { path: PAGES.export, element: <ExportPage /> },
          { path: PAGES.verify, element: <VerifyPage /> },
          { path: PAGES.shortPractice, element: <ShortPracticePage /> },
          { path: PAGES.simulation, element: <SimulationPage /> },
          { path: PAGES.report, element: <ReportPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

// A hash router works the same from app:// in Electron and from any static web server.
export const createAppRouter = () => createHashRouter(routes);
