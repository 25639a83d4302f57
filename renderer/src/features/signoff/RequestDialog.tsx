import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { localIsoDate } from '../../../../shared/dates';
import type { PracticeConfig } from '../../../../shared/practice/config';
import type { LoggedEntry } from '../../../../shared/practice/filter';
import { SIGNOFF_FILES } from '../../../../shared/signoff/files';
import { buildRequest } from '../../../../shared/signoff/request';
import { useDb } from '../../db/context';
import type { SupervisorRow } from '../../db/database';
import { setSignoffs } from '../../db/practice-repository';
import { requestingCandidate } from '../../db/profile-repository';
import { errorMessage } from '../../ui/error-message';
import { Modal } from '../../ui/Modal';
import { useProfile } from '../../queries/profile';
import { useFormat } from '../../ui/format';
import { fieldLabel } from '../../ui/practice-labels';
import { saveJsonFile } from '../../platform/save-json-file';
import { useBridge } from '../../platform/context';

interface Props {
  entries: readonly LoggedEntry[];
  supervisors: readonly SupervisorRow[];
  config: PracticeConfig;
  onClose(): void;
  onDone(message: string): void;
}

/** Exports a sign-off request for the chosen entries, for a supervisor with a registered key. */
export function RequestDialog({ entries, supervisors, config, onClose, onDone }: Props) {
  const db = useDb();
  const bridge = useBridge();
  const { t } = useTranslation();
  const format = useFormat();
  const profile = useProfile();
  const selectId = useId();
  const withKey = supervisors.filter((s) => s.publicKey);
  // Suggest the supervisor the entries already name, when they all name the same one.
  const named = new Set(entries.map((e) => e.supervisorId));
  const suggested = withKey.find((s) => named.size === 1 && named.has(s.id)) ?? withKey[0];
  const [supervisorId, setSupervisorId] = useState(suggested?.id ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  const name = profile?.fullName.trim() ?? '';

  const exportRequest = async () => {
    const supervisor = withKey.find((s) => s.id === supervisorId);
    if (!supervisor || !name) return;
    setBusy(true);
    setFailure(null);
    try {
      const now = new Date();
      const candidate = await requestingCandidate(db);
      if (!candidate) return;
      const { request, marks } = buildRequest({
        requestId: crypto.randomUUID(),
        entries,
        // The name as stored (trimmed by its schema); the id is what the signatures bind.
        candidate,
        supervisor,
        fieldLabels: Object.fromEntries(
          [...new Set(entries.map((e) => e.field))].map((id) => [id, fieldLabel(t, id, config)]),
        ),
        now,
      });
      const { saved } = await saveJsonFile(
        bridge,
        `${t('practice.request.filePrefix')}-${name}-${localIsoDate(now)}`,
        SIGNOFF_FILES.request.extension,
        t('fileProblems.kinds.request'),
        request,
      );
      if (!saved) return;
      // Marked only once the file exists, so a cancelled save leaves nothing waiting.
      await setSignoffs(db, marks);
      onDone(t('practice.request.done', { count: entries.length, name: supervisor.name }));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('practice.request.title')} onClose={onClose}>
      <p>
        {t('practice.request.summary', {
          count: entries.length,
          hours: format.hours(minutes),
        })}
      </p>
      {profile !== undefined && !name && (
        <p className="form__alert" role="alert">
          {t('practice.request.noName')}{' '}
          <Link to={PAGES.profile}>{t('practice.request.toProfile')}</Link>
        </p>
      )}
      {withKey.length === 0 ? (
        <p className="form__alert" role="alert">
          {t('practice.request.noKey')}{' '}
          <Link to={PAGES.supervisors}>{t('practice.request.toSupervisors')}</Link>
        </p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t('practice.request.supervisor')}</label>
          <select
            id={selectId}
            value={supervisorId}
            onChange={(event) => setSupervisorId(event.target.value)}
          >
            {withKey.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.fingerprint.slice(0, 9)}…)
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="muted small">{t('practice.request.howItWorks')}</p>
      {failure && (
        <p role="alert" className="form__alert">
          {t('practice.request.failed', { reason: failure })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('practice.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !name || !supervisorId}
          onClick={() => void exportRequest()}
        >
          {t('practice.request.export')}
        </button>
      </div>
    </Modal>
  );
}
