/**
 * Search that ignores case and accents: "Śrī", "SRI" and "sri" all match "sri".
 * Indonesian text is mostly ASCII, but names and loanwords carry diacritics.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; empty when the query has nothing to search for. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/** True when every term occurs in the (already normalised) haystack, as a word prefix. */
export function matchesTerms(normalizedHaystack: string, terms: string[]): boolean {
  const padded = ` ${normalizedHaystack}`;
  return terms.every((term) => padded.includes(` ${term}`));
}
