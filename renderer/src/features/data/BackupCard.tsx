import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand } from '../../ui/app-command';
import { useDb } from '../../db/context';
import { useBridge } from '../../platform/context';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { backupFileName, makeBackup, saveBackupFile } from './backup-actions';
import { recordBackup } from './last-backup';

/** Shorter passphrases fall quickly to guessing, even through a slow key derivation. */
export const MIN_PASSPHRASE_LENGTH = 10;

type Outcome =
  { kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** A full backup to a file the user keeps, optionally locked with a passphrase. */
export function BackupCard({ onSaved }: { onSaved(): void }) {
  const bridge = useBridge();
  const db = useDb();
  const { t } = useTranslation();
  const id = useId();
  const [lock, setLock] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // "Cadangkan sekarang" in the menu: the same as pressing this form's button.
  useAppCommand('backupNow', () => {
    if (!busy) form.current?.requestSubmit();
  });

  const passphraseError =
    lock && passphrase.length < MIN_PASSPHRASE_LENGTH
      ? t('data.backup.errors.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : undefined;
  const confirmationError =
    lock && !passphraseError && confirmation !== passphrase
      ? t('data.backup.errors.mismatch')
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (passphraseError || confirmationError) return;
    setBusy(true);
    setOutcome(null);
    try {
      const bytes = await makeBackup(db, bridge, 'manual', lock ? passphrase : undefined);
      const saved = await saveBackupFile(
        bridge,
        bytes,
        backupFileName(new Date()),
        t('data.backup.filterName'),
      );
      if (saved.saved) {
        recordBackup({ at: new Date().toISOString(), fileName: saved.fileName });
        setOutcome({ kind: 'saved', name: saved.fileName });
        onSaved();
        setPassphrase('');
        setConfirmation('');
        setSubmitted(false);
      } else {
        setOutcome({ kind: 'cancelled' });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.backup.title')}</h2>
      <p>{t('data.backup.body')}</p>
      <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <label className="choice">
          <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
          {t('data.backup.lock')}
        </label>
        {lock && (
          <>
            <p className="field__hint">{t('data.backup.lockHint')}</p>
            <Field
              id={`${id}-passphrase`}
              label={t('data.backup.passphrase')}
              hint={t('data.backup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
              error={submitted ? passphraseError : undefined}
              required
            >
              {(describedBy) => (
                <input
                  id={`${id}-passphrase`}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={submitted && !!passphraseError}
                />
              )}
            </Field>
            <Field
              id={`${id}-confirm`}
              label={t('data.backup.confirm')}
              error={submitted ? confirmationError : undefined}
              required
            >
              {(describedBy) => (
                <input
                  id={`${id}-confirm`}
                  type="password"
                  autoComplete="new-password"
                  value={confirmation}
                  onChange={(e) => setConfirmation(e.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={submitted && !!confirmationError}
                />
              )}
            </Field>
          </>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {bridge.kind === 'web' ? t('data.backup.download') : t('data.backup.save')}
          </button>
        </div>
      </form>
      {busy && (
        <p role="status" className="notice">
          {t('data.backup.working')}
        </p>
      )}
      {outcome?.kind === 'saved' && (
        <p role="status" className="notice">
          {t('data.backup.saved', { name: outcome.name })}
        </p>
      )}
      {outcome?.kind === 'cancelled' && <p role="status">{t('data.backup.cancelled')}</p>}
      {outcome?.kind === 'failed' && (
        <p role="alert" className="form__alert">
          {t('data.backup.failed', { message: outcome.message })}
        </p>
      )}
    </section>
  );
}
