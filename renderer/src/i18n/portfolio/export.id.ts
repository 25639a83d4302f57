export const portfolioExportId = {
  title: 'Ekspor PDF',
};
