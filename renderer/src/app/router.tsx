import { createHashRouter, type RouteObject } from 'react-router';
import { Apl02Page, AssessmentPage } from '../features/assessment';
import { DataPage } from '../features/data';
import { ExamPage, ReportPage, DrillPage, SimulationPage } from '../features/exam';
import { EvidencePage } from '../features/evidence';
import { FrameworkPage } from '../features/framework';
import { HomePage } from '../features/home';
import {
  loadPracticeSummaryPage,
  PracticePage,
  PracticeSettingsPage,
} from '../features/practice-log';
import { SupervisorsPage } from '../features/signoff';
import { SupervisorModePage } from '../features/supervisor-mode';
import {
  CvPage,
  ExportPage,
  PortfolioPage,
  SelfDescriptionPage,
  VerifyPage,
} from '../features/portfolio';
import { ProfilePage } from '../features/profile';
import { SettingsPage } from '../features/settings';
import { NotFoundPage } from '../features/not-found';
import { RouteError } from './ErrorBoundary';
import { Layout } from './Layout';
import { PAGES } from '../ui/paths';
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
              loadPracticeSummaryPage().then((m) => ({
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
          { path: PAGES.drill, element: <DrillPage /> },
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
