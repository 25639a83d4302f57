export const portfolioPdfId = {
  title: 'Portofolio (PDF)',
};
