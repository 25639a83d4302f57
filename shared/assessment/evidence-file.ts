/**
 * What an evidence file must be before it is kept. The types the app previews or prints (PDF,
 * PNG, JPEG) must also be what they claim: their first bytes are checked, so junk renamed to
 * `.pdf` is refused at once instead of failing later in the portfolio. Other types are kept as
 * they are: the app never opens them, only stores and exports them.
 */
export const SIGNED_TYPES = {
  pdf: {
    extensions: ['pdf'],
    mimeTypes: ['application/pdf'],
    signature: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  png: {
    extensions: ['png'],
    mimeTypes: ['image/png'],
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  jpeg: { extensions: ['jpg', 'jpeg'], mimeTypes: ['image/jpeg'], signature: [0xff, 0xd8, 0xff] },
} as const;

export type SignedType = keyof typeof SIGNED_TYPES;

/** Bytes enough to tell every signed type. */
export const SIGNATURE_BYTES = 8;

/** The signed type a file claims by its name or its MIME type, if any. */
export function claimedType(name: string, mimeType: string): SignedType | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  for (const [type, { extensions, mimeTypes }] of Object.entries(SIGNED_TYPES)) {
    if ((extensions as readonly string[]).includes(extension)) return type as SignedType;
    if ((mimeTypes as readonly string[]).includes(mimeType.toLowerCase()))
      return type as SignedType;
  }
  return null;
}

export type EvidenceFileProblem =
  { kind: 'empty' } | { kind: 'not-what-it-claims'; claimed: SignedType };

/** Why a chosen file cannot be kept as evidence, or null; `head` is its first bytes. */
export function evidenceFileProblem(
  file: { name: string; mimeType: string; size: number },
  head: Uint8Array,
): EvidenceFileProblem | null {
  if (file.size === 0) return { kind: 'empty' };
  const claimed = claimedType(file.name, file.mimeType);
  if (!claimed) return null;
  const { signature } = SIGNED_TYPES[claimed];
  return signature.every((byte, i) => head[i] === byte)
    ? null
    : { kind: 'not-what-it-claims', claimed };
}

/**
 * A link as the candidate types it: written out in full (`https://…`) and safe to open. The
 * browser's URL parser would read `https:evil.example` as `https://evil.example/`; such a link
 * is refused rather than guessed at, so what is stored is what was meant.
 */
export function isWellFormedLink(text: string): boolean {
  return /^https:\/\/[^\s/?#]/i.test(text);
}
