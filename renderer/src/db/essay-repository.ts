import {
  essayChangeSchema,
  type Essay,
  type EssayChange,
} from '../../../shared/portfolio/self-description';
import type { KompetenDatabase } from './database';

/** Every essay written so far, by prompt id. */
export async function loadEssays(db: KompetenDatabase): Promise<Map<string, Essay>> {
  const rows = await db.essays.toArray();
  return new Map(rows.map((essay) => [essay.promptId, essay]));
}

/** Saves part of one essay (its text or the LSP's wording of its prompt); the rest is kept. */
export async function saveEssay(
  db: KompetenDatabase,
  promptId: string,
  change: EssayChange,
  now: Date = new Date(),
): Promise<Essay> {
  const data = essayChangeSchema.parse(change);
  return db.transaction('rw', db.essays, async () => {
    const current = await db.essays.get(promptId);
    const next: Essay = {
      promptId,
      text: current?.text ?? '',
      ...(current?.customPrompt ? { customPrompt: current.customPrompt } : {}),
      ...(data.text !== undefined ? { text: data.text } : {}),
      updatedAt: now.toISOString(),
    };
    if (data.customPrompt !== undefined) {
      if (data.customPrompt) next.customPrompt = data.customPrompt;
      else delete next.customPrompt;
    }
    await db.essays.put(next);
    return next;
  });
}
