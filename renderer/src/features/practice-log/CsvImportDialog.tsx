import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/dates';
import {
  type CsvParseResult,
  type CsvProblem,
  type CsvRow,
  type CsvVocabulary,
} from '../../../../shared/practice/csv';
import { countLikelyDuplicates } from '../../../../shared/practice/duplicates';
import type { LoggedEntry } from '../../../../shared/practice/filter';
import { useDb } from '../../db/context';
import { importPracticeEntries } from '../../db/practice-repository';
import { parseCsvOffThread } from '../../platform/decode-off-thread';
import { errorMessage } from '../../ui/error-message';
import { Modal } from '../../ui/Modal';
import { useFormat } from '../../ui/format';

/** Shown in the preview; the import itself takes every row. */
const PREVIEW_ROWS = 20;
const SHOWN_ISSUES = 200;

interface Props {
  /** Decoded by FILE_KINDS.csv; parsed here, where the log's vocabulary is known. */
  file: { name: string; text: string };
  vocabulary: CsvVocabulary;
  /** The log as it is, to warn about rows that are already in it. */
  existing: readonly LoggedEntry[];
  onClose(): void;
  onDone(message: string): void;
}

/** A checked preview of a CSV file; it is imported only when every row is right, all at once. */
export function CsvImportDialog({ file, vocabulary, existing, onClose, onDone }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Parsed in a worker: 10 MB of cells take the parser longer than the page may stop for. A
  // result parsed with another vocabulary is not shown; the new one is on its way.
  const [parsed, setParsed] = useState<{
    vocabulary: CsvVocabulary;
    result: CsvParseResult;
  } | null>(null);
  const result = parsed?.vocabulary === vocabulary ? parsed.result : null;
  useEffect(() => {
    let current = true;
    parseCsvOffThread(file.text, vocabulary, localIsoDate(new Date())).then(
      (read) => current && setParsed({ vocabulary, result: read }),
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [file, vocabulary]);

  const save = async (rows: readonly CsvRow[]) => {
    setBusy(true);
    try {
      const count = await importPracticeEntries(
        db,
        rows.flatMap((row) => (row.data ? [row.data] : [])),
      );
      onDone(t('practice.csv.imported', { count, name: file.name }));
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  const body = () => {
    if (!result) {
      return failure ? null : <p role="status">{t('practice.csv.reading')}</p>;
    }
    if (!result.ok) {
      return (
        <p role="alert" className="form__alert">
          {problemText(result.problem)}
        </p>
      );
    }
    const { rows, issueCount } = result;
    if (rows.length === 0)
      return <p role="alert">{t('practice.csv.noRows', { name: file.name })}</p>;
    const minutes = rows.reduce((sum, row) => sum + (row.data?.minutes ?? 0), 0);
    const repeated = countLikelyDuplicates(
      rows.flatMap((row) => (row.data ? [row.data] : [])),
      existing,
    );
    const issues = rows.flatMap((row) => row.issues);
    return (
      <>
        {repeated > 0 && (
          <p className="notice">{t('practice.csv.repeated', { count: repeated })}</p>
        )}
        {result.dateOrder === 'mdy' && <p className="notice">{t('practice.csv.monthFirst')}</p>}
        {result.ambiguousDates && <p className="notice">{t('practice.csv.ambiguousDates')}</p>}
        {result.ignoredColumns.count > 0 && (
          <p className="notice">
            {t('practice.csv.ignoredColumns', {
              count: result.ignoredColumns.count,
              names: result.ignoredColumns.names.map((name) => `«${name}»`).join(', '),
            })}
            {result.ignoredColumns.count > result.ignoredColumns.names.length &&
              ` ${t('practice.csv.ignoredMore', {
                count: result.ignoredColumns.count - result.ignoredColumns.names.length,
              })}`}
          </p>
        )}
        <p role="status">
          {issueCount === 0
            ? t('practice.csv.ready', {
                count: rows.length,
                hours: format.hours(minutes),
              })
            : t('practice.csv.blocked', { count: issueCount, rows: rows.length })}
        </p>
        {issues.length > 0 && (
          <>
            <ul className="issues csv-issues">
              {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                <li key={i}>
                  {t('practice.csv.where', { line: issue.line, column: issue.column || '—' })}{' '}
                  {t(`practice.csv.errors.${issue.code}` as 'practice.csv.errors.required', {
                    value: issue.value,
                    defaultValue: issue.code,
                  })}
                </li>
              ))}
            </ul>
            {issues.length > SHOWN_ISSUES && (
              <p className="muted">
                {t('practice.csv.moreIssues', { count: issues.length - SHOWN_ISSUES })}
              </p>
            )}
            <p>{t('practice.csv.fixAndRetry')}</p>
          </>
        )}
        <table className="table">
          <caption className="visually-hidden">{t('practice.csv.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.csv.line')}</th>
              <th scope="col">{t('practice.form.date')}</th>
              <th scope="col">{t('practice.csv.hours')}</th>
              <th scope="col">{t('practice.form.agency')}</th>
              <th scope="col">{t('practice.csv.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.input.date}</td>
                <td>{row.data ? format.hours(row.data.minutes) : '—'}</td>
                <td>{row.input.agency}</td>
                <td>
                  {row.issues.length === 0
                    ? t('practice.csv.rowOk')
                    : t('practice.csv.rowIssues', { count: row.issues.length })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > PREVIEW_ROWS && (
          <p className="muted small">
            {t('practice.csv.moreRows', { count: rows.length - PREVIEW_ROWS })}
          </p>
        )}
      </>
    );
  };

  const problemText = (problem: CsvProblem) => {
    const name = file.name;
    switch (problem.kind) {
      case 'empty':
        return t('practice.csv.problems.empty', { name });
      case 'missing-columns':
        return t('practice.csv.problems.missingColumns', {
          name,
          columns: problem.columns.join(', '),
        });
      case 'duplicate-columns':
        return t('practice.csv.problems.duplicateColumns', {
          name,
          columns: problem.columns.join(', '),
        });
      case 'too-many-rows':
        return t('practice.csv.problems.tooManyRows', {
          name,
          rows: problem.rows,
          max: problem.maxRows,
        });
    }
  };

  const importable = !!result?.ok && result.rows.length > 0 && result.issueCount === 0;
  return (
    <Modal
      open
      title={t('practice.csv.title', { name: file.name })}
      onClose={onClose}
      className="dialog--wide"
    >
      {body()}
      {failure && (
        <p role="alert" className="form__alert">
          {t('practice.csv.failed', { reason: failure })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('practice.cancel')}
        </button>
        {result?.ok && (
          <button
            type="button"
            className="button button--primary"
            disabled={!importable || busy}
            onClick={() => void save(result.rows)}
          >
            {t('practice.csv.import', { count: result.rows.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}
