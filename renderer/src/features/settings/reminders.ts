import type { KompetenDatabase } from '../../db/database';
import { dueReminders } from '../../../../shared/reminders/reminders';
import { loadSettings } from '../../db/settings-repository';
import { i18n } from '../../i18n';
import type { Bridge } from '../../platform/bridge';
import { holdsUserData, readLastBackup } from '../data';

const NOTIFIED_KEY = 'kompeten.notified';
const readNotified = (): string[] => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(NOTIFIED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

async function check(db: KompetenDatabase, bridge: Bridge, now: number): Promise<void> {
  if (!(await loadSettings(db)).notifications) return;
  const auto = bridge.autoBackups ? (await bridge.autoBackups.list()).files[0]?.createdAt : null;
  const lastBackupAt =
    [readLastBackup()?.at, auto]
      .filter((at): at is string => !!at)
      .sort()
      .at(-1) ?? null;
  const requested = (await db.practiceEntries.toArray()).flatMap(({ signoff }) =>
    signoff?.kind === 'requested'
      ? [{ supervisorId: signoff.supervisorId, requestId: signoff.requestId, at: signoff.at }]
      : [],
  );
  const notified = readNotified();
  const fresh = dueReminders({
    now,
    lastBackupAt,
    hasData: await holdsUserData(db),
    requested,
  }).filter((reminder) => !notified.includes(reminder.id));
  for (const reminder of fresh) {
    const t = i18n.t.bind(i18n);
    const text =
      reminder.kind === 'backup'
        ? {
            title: t('desktop.notifications.backupOverdueTitle'),
            body:
              reminder.days === null
                ? t('desktop.notifications.backupOverdueNever')
                : t('desktop.notifications.backupOverdue', { days: reminder.days }),
          }
        : {
            title: t('desktop.notifications.signoffTitle'),
            body: t('desktop.notifications.signoff', {
              count: reminder.count,
              days: reminder.days,
              supervisor: (await db.supervisors.get(reminder.supervisorId))?.name ?? '—',
            }),
          };
    if (await bridge.notify(text)) notified.push(reminder.id);
  }
  // The newest few hundred occasions are enough to never repeat one.
  localStorage.setItem(NOTIFIED_KEY, JSON.stringify(notified.slice(-200)));
}

/** Looks a minute after start and then every hour; nothing happens unless the user opted in. */
export function startReminders(db: KompetenDatabase, bridge: Bridge, now = Date.now): () => void {
  const run = () =>
    void check(db, bridge, now()).catch((error: unknown) =>
      console.error('Could not check reminders', error),
    );
  const first = setTimeout(run, 60 * 1000);
  const timer = setInterval(run, 60 * 60 * 1000);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
