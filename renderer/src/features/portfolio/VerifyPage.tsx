import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import {
  normaliseCode,
  verifyBundle,
  type BundleReport,
} from '../../../../shared/portfolio/bundle';
import { useDb } from '../../db/context';
import { listKnownKeys } from '../../db/known-key-repository';
import { useBridge } from '../../platform/context';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { useOpenedFile } from '../../platform/opened-files';
import { errorMessage } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import '../../ui/fingerprint.css';
import { BundleReportView } from './verify/BundleReportView';
import './verify/verify.css';

type View =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'problem'; name: string; problem: FileProblem }
  | { kind: 'report'; name: string; report: BundleReport };

/**
 * Reading and hashing a large file blocks the page for a moment; waiting a little first lets the
 * busy message be drawn. (Not requestAnimationFrame: it never fires in a hidden window.)
 */
const letPagePaint = () => new Promise((resolve) => setTimeout(resolve, 50));

/** For assessors: checks a portfolio's data file against the PDF's code and its signatures. */
export function VerifyPage() {
  const bridge = useBridge();
  const db = useDb();
  const { t } = useTranslation();
  const knownKeys = useLiveQuery(() => listKnownKeys(db), [db]);
  const known = useMemo(
    () => new Map((knownKeys ?? []).map((key) => [key.fingerprint, key])),
    [knownKeys],
  );
  useDocumentTitle(t('portfolioVerify.title'));
  const uid = useId();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [typedCode, setTypedCode] = useState('');
  const [codeLeft, setCodeLeft] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (picked?: PickedFile) => {
    setFailure(null);
    const file = await openUserFile(
      bridge,
      FILE_KINDS.portfolioBundle,
      async (name) => {
        setView({ kind: 'checking', name });
        await letPagePaint();
      },
      picked,
    );
    if (file.status === 'cancelled') return;
    if (file.status === 'problem')
      setView({ kind: 'problem', name: file.name, problem: file.problem });
    else setView({ kind: 'report', name: file.name, report: await verifyBundle(file.value) });
  };

  const openReporting = (picked?: PickedFile) =>
    void open(picked).catch((error: unknown) => {
      setView({ kind: 'idle' });
      setFailure(errorMessage(error));
    });
  // A data file double-clicked in the file manager is checked like one chosen below.
  useOpenedFile('portfolioBundle', openReporting);

  // Said only once the field is left: every code is malformed while it is being typed.
  const codeError =
    codeLeft && typedCode.trim() !== '' && normaliseCode(typedCode) === null
      ? t('portfolioVerify.pdfCodeMalformed')
      : undefined;
  const codeId = `${uid}-code`;

  return (
    <section className="page page--wide">
      <h1>{t('portfolioVerify.title')}</h1>
      <p className="lead">{t('portfolioVerify.lead')}</p>
      <div className="card">
        <Field
          id={codeId}
          label={t('portfolioVerify.pdfCode')}
          hint={t('portfolioVerify.pdfCodeHint')}
          error={codeError}
        >
          {(describedBy) => (
            <input
              id={codeId}
              type="text"
              className="fingerprint"
              value={typedCode}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setTypedCode(event.target.value)}
              onBlur={() => setCodeLeft(true)}
            />
          )}
        </Field>
        <div className="verify-open">
          <button
            type="button"
            className="button button--primary"
            disabled={view.kind === 'checking'}
            onClick={() => openReporting()}
          >
            {t('portfolioVerify.open')}
          </button>
        </div>
      </div>
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
      {view.kind === 'checking' && (
        <p role="status" className="loading">
          {t('portfolioVerify.checking', { name: view.name })}
        </p>
      )}
      {view.kind === 'problem' && (
        <div role="alert" className="form__alert">
          <FileProblemMessage name={view.name} problem={view.problem} kind="portfolioBundle" />
        </div>
      )}
      {view.kind === 'report' && (
        <BundleReportView
          name={view.name}
          report={view.report}
          typedCode={typedCode}
          known={known}
        />
      )}
    </section>
  );
}
