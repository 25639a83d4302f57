import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import './backup.css';

/**
 * While the desktop app makes its backup on quit, the window stays open for up to 15 s; this
 * says why, over the whole page, so nobody thinks the app hangs or keeps working meanwhile.
 */
let running = false;
const listeners = new Set<() => void>();

export function showQuitBackup(): void {
  running = true;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function QuitBackupNotice() {
  const { t } = useTranslation();
  const shown = useSyncExternalStore(subscribe, () => running);
  if (!shown) return null;
  return (
    <div
      className="quit-backup"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="quit-backup-title"
      aria-describedby="quit-backup-body"
    >
      <div className="quit-backup__box">
        <span className="quit-backup__spinner" aria-hidden="true" />
        <h2 id="quit-backup-title">{t('desktop.quitBackup.title')}</h2>
        <p id="quit-backup-body">{t('desktop.quitBackup.body')}</p>
      </div>
    </div>
  );
}
