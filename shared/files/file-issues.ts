/**
 * The app's own checks on what a file holds, as codes with parameters: shared code never words
 * them, the renderer does (`fileProblems.issues.<code>`, in the UI language). zod's own issues
 * (a missing field, a wrong type) keep zod's message, which follows the UI language already.
 * Each code lists the parameters its words may use; a test holds the catalogues to them.
 */
export const FILE_ISSUES = {
  'duplicate-record': [],
  'orphan-file': [],
  'file-size-mismatch': [],
  'file-missing': [],
  'duplicate-id': ['first'],
  'duplicate-question': ['first'],
  'option-order': ['position', 'expected'],
  'key-not-option': ['key'],
  'duplicate-option': [],
  'source-not-listed': ['source'],
  'key-not-id-version': [],
  'domain-missing': ['domain'],
  'weights-not-100': ['total'],
  'id-used-twice': ['id', 'first'],
  'level-not-declared': ['level'],
  'nested-too-deep': ['max'],
  'entries-per-item': [],
  'item-picked-twice': [],
  'answer-not-picked': [],
  'item-answered-twice': [],
  'finished-when-answered': [],
  'unsafe-link': [],
  'checking-stopped': ['after'],
  'id-format': ['max'],
  'date-format': [],
  'version-format': [],
  'language-code': [],
  'checksum-format': [],
  'check-interrupted': ['reason'],
} as const satisfies Record<string, readonly string[]>;

export type FileIssueCode = keyof typeof FILE_ISSUES;
export type FileIssueParams = Record<string, string | number>;

/**
 * What a check passes to zod: `ctx.addIssue({ code: 'custom', path, ...issueOf(code, params) })`
 * or `.refine(check, { path, ...issueOf(code) })`. The code stands in as zod's message so a
 * reader of a raw ZodError still sees which check failed.
 */
export function issueOf(code: FileIssueCode, params: FileIssueParams = {}) {
  return { message: code, params: { fileIssue: code, ...params } };
}

const isCode = (value: unknown): value is FileIssueCode =>
  typeof value === 'string' && Object.hasOwn(FILE_ISSUES, value);

/** The code and parameters a zod issue carries, if it comes from one of the app's checks. */
export function fileIssueOf(issue: {
  code: string;
  params?: Record<string, unknown> | undefined;
}): { code: FileIssueCode; params: FileIssueParams } | null {
  if (issue.code !== 'custom' || !isCode(issue.params?.['fileIssue'])) return null;
  const { fileIssue, ...rest } = issue.params;
  const params = Object.fromEntries(
    Object.entries(rest).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
  return { code: fileIssue as FileIssueCode, params };
}
