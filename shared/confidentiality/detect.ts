/**
 * Spots what looks like a client's identity in free text, so the app can warn before it is kept
 * in a portfolio. It warns, never blocks: a number may be harmless, and only the writer knows.
 */
export const IDENTITY_KINDS = ['nik', 'phone', 'email', 'birthDate'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface IdentityFinding {
  kind: IdentityKind;
  /** Position in the text, for highlighting. */
  start: number;
  end: number;
  /** The match with its middle hidden, so the warning itself does not repeat the identity. */
  masked: string;
}

const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'aug',
  'sep',
  'okt',
  'oct',
  'nov',
  'des',
  'dec',
].join('|');

const FULL_DATE = [
  String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}`,
  String.raw`(?:19|20)\d{2}-\d{1,2}-\d{1,2}`,
  String.raw`\d{1,2}\s+(?:${MONTHS})\.?\s+(?:19|20)\d{2}`,
].join('|');

const PATTERNS: Record<IdentityKind, RegExp> = {
  // Sixteen digits, as written on a KTP, possibly in groups.
  nik: /(?<![\d])\d{4}[ .-]?\d{4}[ .-]?\d{4}[ .-]?\d{4}(?![\d])/g,
  // Indonesian numbers: 08…, +62 8…, 62 8…, or a landline 0 + area code; 9 to 13 digits in all.
  // The first group is unbroken, which keeps dates such as 02-05-2024 10.30 out.
  phone: /(?<![\d+])(?:\+62[\s.-]?|62(?=[\s.-]?8)[\s.-]?|0)\d{2}(?:[\s.-]?\d){6,10}(?![\d])/g,
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // A full date close after a word about birth ("lahir", "TTL", "born", "DOB").
  birthDate: new RegExp(
    String.raw`(?:lahir|kelahiran|TTL|born|birth|DOB)\b[^\n\d]{0,40}?(?:${FULL_DATE})`,
    'giu',
  ),
};

function mask(text: string): string {
  const visible = text.replace(/\s+/g, ' ');
  if (visible.length <= 6) return '…';
  return `${visible.slice(0, 3)}…${visible.slice(-2)}`;
}

/** Every finding, in reading order; a phone number inside a NIK is not reported twice. */
export function findIdentityData(text: string): IdentityFinding[] {
  const findings: IdentityFinding[] = [];
  for (const kind of IDENTITY_KINDS) {
    for (const match of text.matchAll(PATTERNS[kind])) {
      const start = match.index;
      const end = start + match[0].length;
      if (findings.some((f) => start < f.end && end > f.start)) continue;
      findings.push({ kind, start, end, masked: mask(match[0]) });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
