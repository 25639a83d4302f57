/**
 * When an opt-in notification is worth showing. Pure, so the rule is tested
 * without a clock or a database; renderer/src/features/settings/reminders.ts gathers the facts
 * and shows what is due.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
/** A week: when a backup counts as overdue and a sign-off request as unanswered. */
export const REMIND_AFTER_DAYS = 7;

export type Reminder =
  | { id: string; kind: 'backup'; days: number | null }
  | { id: string; kind: 'signoff'; supervisorId: string; count: number; days: number };

interface Situation {
  now: number;
  /** The newest backup of any kind, or null when there never was one. */
  lastBackupAt: string | null;
  hasData: boolean;
  requested: { supervisorId: string; requestId: string; at: string }[];
}

/**
 * What deserves a notification now. Each reminder has an id that names its occasion (the week
 * of an overdue backup, the request), so one occasion is notified once, however often this runs.
 */
export function dueReminders({ now, lastBackupAt, hasData, requested }: Situation): Reminder[] {
  const due: Reminder[] = [];
  const age = (at: string) => Math.floor((now - Date.parse(at)) / DAY_MS);
  if (hasData && (lastBackupAt === null || age(lastBackupAt) >= REMIND_AFTER_DAYS)) {
    due.push({
      id: `backup:${Math.floor(now / (REMIND_AFTER_DAYS * DAY_MS))}`,
      kind: 'backup',
      days: lastBackupAt === null ? null : age(lastBackupAt),
    });
  }
  const byRequest = new Map<string, { supervisorId: string; count: number; at: string }>();
  for (const { supervisorId, requestId, at } of requested) {
    const seen = byRequest.get(requestId);
    byRequest.set(requestId, {
      supervisorId,
      count: (seen?.count ?? 0) + 1,
      at: seen && seen.at < at ? seen.at : at,
    });
  }
  for (const [requestId, { supervisorId, count, at }] of byRequest) {
    if (age(at) >= REMIND_AFTER_DAYS)
      due.push({ id: `signoff:${requestId}`, kind: 'signoff', supervisorId, count, days: age(at) });
  }
  return due;
}
