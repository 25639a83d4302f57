import { z } from 'zod';
import { issueOf } from './file-issues';

/**
 * After this many bad elements a list stops being checked: a crafted file with 30,000 empty units
 * would otherwise make zod build hundreds of thousands of issues (seconds of work, and in a
 * browser a stack overflow), while the reader is shown the first few anyway.
 */
export const MAX_BAD_ELEMENTS = 20;

/**
 * An array of `item`, checked the cheap way first: its length before any element, then its
 * elements one by one until MAX_BAD_ELEMENTS of them failed. Issues keep their codes and paths.
 */
export function boundedList<T extends z.ZodType>(
  item: T,
  { min = 0, max }: { min?: number; max: number },
) {
  return z
    .array(z.unknown())
    .min(min)
    .max(max)
    .transform((values, ctx): z.output<T>[] => {
      const parsed: z.output<T>[] = [];
      let bad = 0;
      for (const [index, value] of values.entries()) {
        const result = item.safeParse(value);
        if (result.success) {
          parsed.push(result.data);
          continue;
        }
        for (const issue of result.error.issues) {
          const { path, message } = issue;
          const params = issue.code === 'custom' ? issue.params : undefined;
          ctx.addIssue({ code: 'custom', path: [index, ...path], message, params });
        }
        bad += 1;
        if (bad >= MAX_BAD_ELEMENTS && index < values.length - 1) {
          ctx.addIssue({
            code: 'custom',
            path: [],
            ...issueOf('checking-stopped', { after: index + 1 }),
          });
          return z.NEVER;
        }
      }
      // Checks on the whole (a pack's weights, a bank's repeated ids) wait until every element
      // is right, so the positions they name are the file's own.
      return bad > 0 ? z.NEVER : parsed;
    });
}
