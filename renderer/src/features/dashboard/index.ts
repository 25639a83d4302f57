/**
 * The readiness dashboard, loaded only when Beranda shows it: it brings the charts (recharts),
 * which stay out of the start-up bundle. Nothing may import ReadinessDashboard statically.
 */
export const loadReadinessDashboard = () => import('./ReadinessDashboard');
