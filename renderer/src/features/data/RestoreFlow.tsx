import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProblem, OpenedMeta } from '../../../../shared/backup/read';
import type { BackupSnapshot } from '../../../../shared/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/backup/migrate';
import {
  compareTables,
  type Comparison,
  type RestoreMode,
} from '../../../../shared/backup/restore-plan';
import { useDb } from '../../db/context';
import { readTables, restoreSnapshot } from '../../db/backup-repository';
import { useBridge } from '../../platform/context';
import { readBackupOffThread } from '../../platform/decode-off-thread';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { keepCurrentState, type SafetyCopy } from './backup-actions';
import { BackupProblemMessage } from './BackupProblemMessage';
import { RestorePreview } from './RestorePreview';

export interface BackupToRestore {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

type Step =
  | { step: 'reading' }
  | { step: 'locked'; wrong: boolean }
  | { step: 'problem'; problem: BackupProblem }
  | {
      step: 'preview';
      meta: OpenedMeta;
      snapshot: BackupSnapshot;
      comparison: Comparison;
      files: number;
    }
  | { step: 'working'; stage: 'safety' | 'restoring' }
  | { step: 'done'; safety: SafetyCopy }
  | { step: 'failed'; message: string };

/** Opens a backup, shows what it holds next to what is here, and restores it as chosen. */
export function RestoreFlow({ file, onClose }: { file: BackupToRestore; onClose(): void }) {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<Step>({ step: 'reading' });
  const [passphrase, setPassphrase] = useState('');

  const open = useCallback(
    (pass?: string) =>
      readBackupOffThread(file.bytes, pass)
        .then(async (read): Promise<Step> => {
          if (read.ok) {
            const [here, files] = await Promise.all([readTables(db), db.evidenceFiles.count()]);
            const comparison = compareTables(read.snapshot.tables, here);
            return { step: 'preview', meta: read.meta, snapshot: read.snapshot, comparison, files };
          }
          const { problem } = read;
          if (problem.kind === 'needs-passphrase') return { step: 'locked', wrong: false };
          if (problem.kind === 'wrong-passphrase') return { step: 'locked', wrong: true };
          return { step: 'problem', problem };
        })
        .catch((error: unknown): Step => ({ step: 'failed', message: errorMessage(error) }))
        .then(setState),
    [file, db],
  );

  useEffect(() => {
    headingRef.current?.focus();
    void open();
  }, [open]);

  const restore = async (snapshot: BackupSnapshot, mode: RestoreMode) => {
    try {
      setState({ step: 'working', stage: 'safety' });
      const safety = await keepCurrentState(db, bridge, t('data.backup.filterName'));
      if (!safety) {
        setState({ step: 'failed', message: t('data.restore.safetyCancelled') });
        return;
      }
      setState({ step: 'working', stage: 'restoring' });
      // The app follows the restored settings (language too) through its live queries.
      await restoreSnapshot(db, snapshot, mode);
      setState({ step: 'done', safety });
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) });
    }
  };

  const unlock = (event: FormEvent) => {
    event.preventDefault();
    setState({ step: 'reading' });
    void open(passphrase);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {state.step === 'preview'
          ? t('data.restore.previewTitle', { name: file.name })
          : t('data.restore.title')}
      </h2>
      {state.step === 'reading' && (
        <p role="status" className="notice">
          {t('data.restore.reading')}
        </p>
      )}
      {state.step === 'locked' && (
        <form className="form" noValidate onSubmit={unlock}>
          <p>{t('data.restore.passphraseBody', { name: file.name })}</p>
          <Field
            id={`${id}-passphrase`}
            label={t('data.backup.passphrase')}
            error={state.wrong ? t('data.restore.wrongPassphrase') : undefined}
          >
            {(describedBy) => (
              <input
                id={`${id}-passphrase`}
                type="password"
                autoComplete="current-password"
                autoFocus
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={state.wrong}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('data.restore.unlock')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('data.restore.cancel')}
            </button>
          </div>
        </form>
      )}
      {state.step === 'problem' && (
        <div role="alert" className="form__alert">
          <BackupProblemMessage name={file.name} problem={state.problem} />
        </div>
      )}
      {state.step === 'preview' && (
        <RestoreChoice
          {...state}
          onRestore={(mode) => void restore(state.snapshot, mode)}
          onCancel={onClose}
        />
      )}
      {state.step === 'working' && (
        <p role="status" className="notice">
          {t(`data.restore.stages.${state.stage}`)}
        </p>
      )}
      {state.step === 'done' && (
        <div role="status" className="notice">
          <p>{t('data.restore.done', { name: file.name })}</p>
          <p>{t('data.restore.doneSafety', { name: state.safety.name })}</p>
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="form__alert">
          {t('data.restore.failed', { message: state.message })}
        </p>
      )}
      {(state.step === 'problem' || state.step === 'done' || state.step === 'failed') && (
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('data.restore.close')}
          </button>
        </div>
      )}
    </section>
  );
}

function RestoreChoice(props: {
  meta: OpenedMeta;
  comparison: Comparison;
  snapshot: BackupSnapshot;
  files: number;
  onRestore(mode: RestoreMode): void;
  onCancel(): void;
}) {
  const bridge = useBridge();
  const { meta, comparison, snapshot, files, onRestore, onCancel } = props;
  const { t } = useTranslation();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const tables = Object.values(comparison);
  const kept = tables.reduce((sum, c) => sum + c.newerHere + c.differ, 0);
  const lost = tables.reduce((sum, c) => sum + c.newerHere + c.differ + c.onlyHere, 0);
  return (
    <>
      <RestorePreview
        meta={meta}
        comparison={comparison}
        files={{ inFile: snapshot.files.length, here: files }}
      />
      {meta.schemaVersion < CURRENT_SCHEMA_VERSION && <p>{t('data.restore.olderSchema')}</p>}
      <fieldset className="fieldset">
        <legend>{t('data.restore.modeLegend')}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <label key={option} className="choice choice--stacked">
            <input
              type="radio"
              name="restore-mode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            <span>
              <strong>{t(`data.restore.${option}`)}</strong>
              <span className="field__hint">{t(`data.restore.${option}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'merge' && kept > 0 && <p>{t('data.restore.keptOnMerge', { count: kept })}</p>}
      {mode === 'replace' && lost > 0 && <p>{t('data.restore.lostOnReplace', { count: lost })}</p>}
      <p>
        {bridge.autoBackups ? t('data.restore.safetyFolder') : t('data.restore.safetyDownload')}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => (mode === 'replace' && lost > 0 ? setConfirming(true) : onRestore(mode))}
        >
          {t('data.restore.start')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.restore.cancel')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('data.restore.confirmReplaceTitle')}
        body={t('data.restore.confirmReplaceBody', {
          lost: t('data.restore.lostOnReplace', { count: lost }),
        })}
        confirmLabel={t('data.restore.confirmReplace')}
        cancelLabel={t('data.restore.cancel')}
        onConfirm={() => {
          setConfirming(false);
          onRestore('replace');
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
