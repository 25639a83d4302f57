import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { localIsoDate } from '../../../../shared/dates';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import { practiceToCsv } from '../../../../shared/practice/csv';
import { practiceWarnings } from '../../../../shared/practice/entry';
import {
  EMPTY_QUERY,
  indexEntries,
  queryEntries,
  type LoggedEntry,
  type PracticeQuery,
} from '../../../../shared/practice/filter';
import { practiceTotals, targetProgress } from '../../../../shared/practice/totals';
import { canRequest } from '../../../../shared/signoff/state';
import { useDb } from '../../db/context';
import { deletePracticeEntries } from '../../db/practice-repository';
import { currentLanguage } from '../../i18n';
import { useFormat } from '../../ui/format';
import { useBridge } from '../../platform/context';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { WhenFileOpened } from '../../platform/opened-files';
import { WhenCommand } from '../../ui/app-command';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useActivePack } from '../../queries/packs';
import {
  importResponse,
  InPersonDialog,
  RequestDialog,
  ResponseResult,
  useSupervisors,
  type ResponseImportResult,
} from '../signoff';
import { fieldLabel } from '../../ui/practice-labels';
import { PracticeNav } from '../../ui/PracticeNav';
import { usePracticeEntries } from '../../queries/practice-entries';
import { CsvImportDialog } from './CsvImportDialog';
import { csvVocabulary } from './csv-vocabulary';
import { PracticeEntryForm } from './PracticeEntryForm';
import { PracticeFilters } from './PracticeFilters';
import { PracticeList } from './PracticeList';
import { usePracticeConfig } from './use-practice-config';
import './practice.css';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; entry: LoggedEntry }
  | { kind: 'request' }
  | { kind: 'in-person' }
  | { kind: 'delete' }
  | { kind: 'csv'; file: { name: string; text: string } }
  | { kind: 'response'; name: string; result: ResponseImportResult };

/** Jam Praktik: the log with its filters, selection, CSV and sign-off actions. */
export function PracticePage() {
  const db = useDb();
  const bridge = useBridge();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('practice.title'));
  const language = currentLanguage(i18n);
  const format = useFormat();
  const entries = usePracticeEntries();
  const supervisors = useSupervisors();
  const config = usePracticeConfig();
  const active = useActivePack();
  const [query, setQuery] = useState<PracticeQuery>(EMPTY_QUERY);
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [csvProblem, setCsvProblem] = useState<{ name: string; problem: FileProblem } | null>(null);

  const indexed = useMemo(
    () => (entries && config ? indexEntries(entries, (e) => fieldLabel(t, e.field, config)) : []),
    [entries, config, t],
  );
  const rows = useMemo(() => queryEntries(indexed, deferredQuery), [indexed, deferredQuery]);
  const warnings = useMemo(() => practiceWarnings(entries ?? []), [entries]);
  const totals = useMemo(() => practiceTotals(entries ?? []), [entries]);
  const supervisorNames = useMemo(
    () => new Map((supervisors ?? []).map((s) => [s.id, s.name])),
    [supervisors],
  );

  // Made once per change, not per render: the CSV preview re-reads its file when this changes.
  const vocabulary = useMemo(
    () =>
      config && supervisors
        ? csvVocabulary(
            i18n,
            language,
            config,
            supervisors,
            active?.pack.id ?? 'kompeten-default-id',
          )
        : null,
    [i18n, language, config, supervisors, active],
  );

  if (!entries || !supervisors || !config || !vocabulary || active === undefined) {
    return <Loading />;
  }

  // Only what is in view: ticked entries a filter has hidden are never acted on unseen.
  const chosen = rows.filter((row) => selected.has(row.entry.id));
  const signable = chosen.filter((row) => canRequest(row.state)).map((row) => row.entry);
  const [total] = targetProgress(totals, config.targets);

  const done = (text: string) => {
    setDialog(null);
    setSelected(new Set());
    setFailure(null);
    setCsvProblem(null);
    setMessage(text);
  };
  const report = (error: unknown) => setFailure(errorMessage(error));

  const openCsv = async () => {
    setCsvProblem(null);
    const file = await openUserFile(bridge, FILE_KINDS.csv);
    if (file.status === 'opened')
      setDialog({ kind: 'csv', file: { name: file.name, text: file.value } });
    if (file.status === 'problem') setCsvProblem(file);
  };

  const exportCsv = async () => {
    const csv = practiceToCsv(
      rows.map((r) => r.entry),
      vocabulary,
    );
    const saved = await bridge.saveFile({
      suggestedName: `${t('practice.csv.filePrefix')}-${localIsoDate(new Date())}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: csv,
      mimeType: 'text/csv',
    });
    if (saved.saved) setMessage(t('practice.csv.exported', { count: rows.length }));
  };

  const openResponse = async (picked?: PickedFile) => {
    const file = await openUserFile(bridge, FILE_KINDS.response, undefined, picked);
    if (file.status === 'cancelled') return;
    const result: ResponseImportResult =
      file.status === 'problem'
        ? { kind: 'file-problem', problem: file.problem }
        : await importResponse(db, file.value);
    setMessage(null);
    setDialog({ kind: 'response', name: file.name, result });
  };

  return (
    <section className="page page--wide">
      <h1>{t('practice.title')}</h1>
      {/* A response double-clicked in the file manager lands here, read like one chosen below. */}
      <WhenFileOpened
        kind="response"
        onFile={(picked) => void openResponse(picked).catch(report)}
      />
      <WhenCommand command="newPracticeEntry" run={() => setDialog({ kind: 'add' })} />
      <PracticeNav />
      {total && (
        <p className="practice-total">
          {t('practice.totalLine', {
            done: format.hours(totals.minutes),
            target: format.hours(total.targetHours * 60),
            percent: Math.floor(total.ratio * 100),
            count: totals.entries,
          })}{' '}
          <Link to={PAGES.practiceSummary}>{t('practice.toSummary')}</Link>
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('practice.add')}
        </button>
        <button type="button" className="button" onClick={() => void openCsv().catch(report)}>
          {t('practice.csv.importButton')}
        </button>
        <button
          type="button"
          className="button"
          disabled={rows.length === 0}
          onClick={() => void exportCsv().catch(report)}
        >
          {t('practice.csv.exportButton', { count: rows.length })}
        </button>
        <button type="button" className="button" onClick={() => void openResponse().catch(report)}>
          {t('practice.response.importButton')}
        </button>
      </div>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
      {csvProblem && (
        <div role="alert" className="form__alert">
          <FileProblemMessage name={csvProblem.name} problem={csvProblem.problem} kind="csv" />
        </div>
      )}
      {entries.length === 0 ? (
        <div className="card card--inviting">
          <p>{t('practice.empty')}</p>
        </div>
      ) : (
        <>
          <PracticeFilters
            query={query}
            onChange={setQuery}
            config={config}
            supervisors={supervisors}
          />
          <div
            className="practice-selection"
            role="group"
            aria-label={t('practice.selection.label')}
          >
            <label className="choice">
              <input
                type="checkbox"
                checked={rows.length > 0 && rows.every((r) => selected.has(r.entry.id))}
                onChange={(event) =>
                  setSelected(new Set(event.target.checked ? rows.map((r) => r.entry.id) : []))
                }
              />
              {t('practice.selection.all', { count: rows.length })}
            </label>
            <span role="status">{t('practice.selection.count', { count: chosen.length })}</span>
            <button
              type="button"
              className="button"
              disabled={signable.length === 0}
              onClick={() => setDialog({ kind: 'request' })}
            >
              {t('practice.selection.request', { count: signable.length })}
            </button>
            <button
              type="button"
              className="button"
              disabled={signable.length === 0}
              onClick={() => setDialog({ kind: 'in-person' })}
            >
              {t('practice.selection.inPerson', { count: signable.length })}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={chosen.length === 0}
              onClick={() => setDialog({ kind: 'delete' })}
            >
              {t('practice.selection.delete', { count: chosen.length })}
            </button>
          </div>
          <p role="status" className="progress-line">
            {t('practice.list.shown', { count: rows.length, total: entries.length })}
          </p>
          {rows.length === 0 ? (
            <p className="muted">{t('practice.list.noMatch')}</p>
          ) : (
            <PracticeList
              rows={rows}
              config={config}
              supervisorNames={supervisorNames}
              warnings={warnings}
              selected={selected}
              onSelect={(id, on) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (on) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              onEdit={(entry) => setDialog({ kind: 'edit', entry })}
            />
          )}
        </>
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <PracticeEntryForm
          existing={dialog.kind === 'edit' ? dialog.entry : undefined}
          config={config}
          supervisors={supervisors}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'request' && (
        <RequestDialog
          entries={signable}
          supervisors={supervisors}
          config={config}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'in-person' && (
        <InPersonDialog
          entries={signable}
          supervisors={supervisors}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'csv' && (
        <CsvImportDialog
          file={dialog.file}
          vocabulary={vocabulary}
          existing={entries}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'response' && (
        <ResponseResult name={dialog.name} result={dialog.result} onClose={() => setDialog(null)} />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('practice.delete.title', { count: chosen.length })}
        body={t('practice.delete.body', {
          count: chosen.length,
          signed: chosen.filter((r) => r.state === 'signed' || r.state === 'in-person').length,
        })}
        confirmLabel={t('practice.delete.confirm')}
        cancelLabel={t('practice.cancel')}
        onConfirm={() => {
          const ids = chosen.map((r) => r.entry.id);
          deletePracticeEntries(db, ids)
            .then(() => done(t('practice.delete.done', { count: ids.length })))
            .catch(report);
        }}
        onCancel={() => setDialog(null)}
      />
    </section>
  );
}
