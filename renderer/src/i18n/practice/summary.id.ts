export const practiceSummaryId = {
  title: 'Ringkasan & Target',
};
