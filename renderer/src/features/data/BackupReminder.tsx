import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PAGES } from '../../ui/paths';
import { useDb } from '../../db/context';
import { useBridge } from '../../platform/context';
import { useFormat } from '../../ui/format';
import { holdsUserData } from './auto-backup';
import { backupIsDue, useLastBackup } from './last-backup';
import './backup.css';

const SNOOZE_KEY = 'kompeten.backupReminderSnoozed';

/**
 * The browser version cannot back up by itself: once there is data and the last backup is more
 * than a week old (or there is none), it says so above every page until the user acts or
 * snoozes it for this session.
 */
export function BackupReminder() {
  const bridge = useBridge();
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const { pathname } = useLocation();
  const last = useLastBackup();
  const hasData = useLiveQuery(() => holdsUserData(db), []);
  const [snoozed, setSnoozed] = useState(() => sessionStorage.getItem(SNOOZE_KEY) !== null);
  // Judged once per mount: a reminder need not appear the minute a week has passed.
  const [now] = useState(() => Date.now());
  if (bridge.kind !== 'web' || !hasData || snoozed || pathname === PAGES.data) return null;
  if (!backupIsDue(last, now)) return null;
  return (
    <aside className="notice backup-reminder" aria-label={t('data.reminder.action')}>
      <p>
        {last
          ? t('data.reminder.stale', { when: format.dateTime(last.at) })
          : t('data.reminder.never')}{' '}
        {t('data.reminder.why')}
      </p>
      <Link className="button button--primary" to={PAGES.data}>
        {t('data.reminder.action')}
      </Link>
      <button
        type="button"
        className="button"
        onClick={() => {
          sessionStorage.setItem(SNOOZE_KEY, new Date().toISOString());
          setSnoozed(true);
        }}
      >
        {t('data.reminder.later')}
      </button>
    </aside>
  );
}
