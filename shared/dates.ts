/** The calendar date on the user's own clock, as YYYY-MM-DD (not UTC: Indonesia is UTC+7…+9). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
