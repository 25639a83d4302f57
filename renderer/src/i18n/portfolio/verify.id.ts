export const portfolioVerifyId = {
  title: 'Verifikasi Portofolio',
};
