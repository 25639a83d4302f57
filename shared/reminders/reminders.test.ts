import { describe, expect, it } from 'vitest';
import { dueReminders } from './reminders';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T09:00:00Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();

describe('reminders worth a notification', () => {
  it('names a backup more than a week old, once per week', () => {
    const due = dueReminders({ now, lastBackupAt: daysAgo(8), hasData: true, requested: [] });
    expect(due).toEqual([{ id: expect.stringMatching(/^backup:/), kind: 'backup', days: 8 }]);
    const nextDay = dueReminders({
      now: now + DAY / 4,
      lastBackupAt: daysAgo(8),
      hasData: true,
      requested: [],
    });
    // Same occasion, same id: already notified means not notified again.
    expect(nextDay[0]!.id).toBe(due[0]!.id);
  });

  it('stays quiet for a recent backup, and when there is nothing to back up', () => {
    expect(dueReminders({ now, lastBackupAt: daysAgo(6), hasData: true, requested: [] })).toEqual(
      [],
    );
    expect(dueReminders({ now, lastBackupAt: null, hasData: false, requested: [] })).toEqual([]);
    expect(dueReminders({ now, lastBackupAt: null, hasData: true, requested: [] })).toMatchObject([
      { kind: 'backup', days: null },
    ]);
  });

  it('names each request unanswered for a week, with its entries counted', () => {
    const due = dueReminders({
      now,
      lastBackupAt: daysAgo(1),
      hasData: true,
      requested: [
        { supervisorId: 'ani', requestId: 'r1', at: daysAgo(9) },
        { supervisorId: 'ani', requestId: 'r1', at: daysAgo(9) },
        { supervisorId: 'budi', requestId: 'r2', at: daysAgo(3) },
      ],
    });
    expect(due).toEqual([
      { id: 'signoff:r1', kind: 'signoff', supervisorId: 'ani', count: 2, days: 9 },
    ]);
  });
});
