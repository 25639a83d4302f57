import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../../ui/paths';
import { localIsoDate } from '../../../../../shared/dates';
import {
  buildBundle,
  PORTFOLIO_BUNDLE_FILE,
  type PortfolioBundle,
} from '../../../../../shared/portfolio/bundle';
import {
  PORTFOLIO_SECTIONS,
  type PortfolioData,
  type PortfolioSection,
} from '../../../../../shared/portfolio/data';
import { WhenCommand } from '../../../ui/app-command';
import { useDb } from '../../../db/context';
import { useSettings } from '../../../queries/settings';
import { updateSettings } from '../../../db/settings-repository';
import { currentLanguage } from '../../../i18n';
import { useBridge } from '../../../platform/context';
import { saveJsonFile } from '../../../platform/save-json-file';
import { errorMessage } from '../../../ui/error-message';
import { useFormat } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { toSafeFileName } from '../../../../../shared/files/file-name';
import { collectPortfolioData } from './collect-portfolio-data';
import { generatePdf, PdfCancelledError, type PdfProgress } from './generate-pdf';
import { pdfWords } from './pdf-words';
import '../../../ui/fingerprint.css';
import './export.css';

const PdfPreview = lazy(() => import('./PdfPreview'));

type State =
  | { kind: 'idle' }
  | { kind: 'working'; progress: PdfProgress | null; cancel: () => void }
  | { kind: 'done'; pdf: Uint8Array<ArrayBuffer>; data: PortfolioData; bundle: PortfolioBundle }
  | { kind: 'failed'; reason: string };

/** Ekspor PDF: choose the sections, make the PDF in a worker, preview it, save it and its data. */
export function ExportPage() {
  const bridge = useBridge();
  const db = useDb();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('portfolioExport.title'));
  const language = currentLanguage(i18n);
  const format = useFormat();
  const saved = useSettings()?.portfolioExport;
  const [chosen, setChosen] = useState<PortfolioSection[] | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  // The running export's cancel, so leaving the page stops its worker too.
  const running = useRef<(() => void) | null>(null);
  const makeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => () => running.current?.(), []);
  if (!saved) return <Loading />;
  const sections = chosen ?? saved.sections;

  const toggle = (section: PortfolioSection, on: boolean) =>
    setChosen(PORTFOLIO_SECTIONS.filter((s) => (s === section ? on : sections.includes(s))));

  const start = async () => {
    setMessage(null);
    let cancelled = false;
    running.current = () => (cancelled = true);
    setState({ kind: 'working', progress: null, cancel: () => running.current?.() });
    try {
      const data = await collectPortfolioData(db, language);
      const bundle = await buildBundle(data);
      if (cancelled) throw new PdfCancelledError();
      const job = generatePdf(
        { data, sections, words: pdfWords(i18n), verificationCode: bundle.verificationCode },
        (progress) =>
          setState((current) => (current.kind === 'working' ? { ...current, progress } : current)),
      );
      running.current = job.cancel;
      const pdf = await job.result;
      running.current = null;
      setState({ kind: 'done', pdf, data, bundle });
      // Remembering the choice is a convenience: failing to do so must not lose the PDF.
      updateSettings(db, {
        portfolioExport: { sections, exportedAt: new Date().toISOString() },
      }).catch((error: unknown) => console.warn('The export settings were not saved', error));
    } catch (error) {
      running.current = null;
      if (error instanceof PdfCancelledError) {
        setState({ kind: 'idle' });
        setMessage(t('portfolioExport.cancelled'));
      } else {
        setState({ kind: 'failed', reason: errorMessage(error) });
      }
    }
  };

  const baseName = (data: PortfolioData) =>
    toSafeFileName(
      `${t('portfolioExport.filePrefix')}-${data.profile?.fullName ?? ''}-${localIsoDate(new Date(data.generatedAt))}`,
    );

  const savePdf = async (pdf: Uint8Array<ArrayBuffer>, data: PortfolioData) => {
    const result = await bridge.saveFile({
      suggestedName: `${baseName(data)}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      data: pdf,
      mimeType: 'application/pdf',
    });
    if (result.saved) setMessage(t('portfolioExport.savedPdf', { name: result.fileName }));
  };

  const saveBundle = async (data: PortfolioData, bundle: PortfolioBundle) => {
    const result = await saveJsonFile(
      bridge,
      baseName(data),
      PORTFOLIO_BUNDLE_FILE.extension,
      t('fileProblems.kinds.portfolioBundle'),
      bundle,
    );
    if (result.saved) setMessage(t('portfolioExport.savedBundle', { name: result.fileName }));
  };

  const report = (error: unknown) => setState({ kind: 'failed', reason: errorMessage(error) });
  const working = state.kind === 'working';

  return (
    <section className="page page--wide">
      <p>
        <Link to={PAGES.portfolio}>{t('portfolioExport.back')}</Link>
      </p>
      <h1>{t('portfolioExport.title')}</h1>
      <p className="lead">{t('portfolioExport.intro')}</p>
      {saved.exportedAt && (
        <p className="muted">
          {t('portfolioExport.lastExport', { date: format.dateTime(saved.exportedAt) })}
        </p>
      )}
      <fieldset className="fieldset export-sections" disabled={working}>
        <legend>{t('portfolioExport.sectionsLegend')}</legend>
        {PORTFOLIO_SECTIONS.map((section) => (
          <label key={section} className="choice">
            <input
              type="checkbox"
              checked={sections.includes(section)}
              onChange={(event) => toggle(section, event.target.checked)}
            />
            {t(`portfolioExport.sections.${section}`)}
          </label>
        ))}
      </fieldset>
      {sections.length === 0 && (
        <p role="alert" className="form__alert">
          {t('portfolioExport.noSections')}
        </p>
      )}
      <p className="muted small">{t('portfolioExport.languageNote')}</p>
      <div className="actions">
        {/* The menu's "Ekspor portofolio PDF…" ends here, at the choice of what goes in. */}
        <WhenCommand command="exportPdf" run={() => makeButton.current?.focus()} />
        <button
          ref={makeButton}
          type="button"
          className="button button--primary"
          disabled={working || sections.length === 0}
          onClick={() => void start()}
        >
          {t('portfolioExport.make')}
        </button>
      </div>

      {state.kind === 'working' && (
        <div
          className="export-progress"
          role="group"
          aria-label={t('portfolioExport.progressLabel')}
        >
          <label htmlFor="export-progress">{progressText(state.progress)}</label>
          <progress
            id="export-progress"
            max={1}
            value={state.progress?.stage === 'render' ? state.progress.fraction : undefined}
          />
          <button type="button" className="button" onClick={state.cancel}>
            {t('portfolioExport.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="form__alert">
          {t('portfolioExport.failed', { reason: state.reason })}
        </p>
      )}
      {state.kind === 'done' && (
        <div className="card export-result">
          <p role="status">
            {t('portfolioExport.ready', { size: format.bytes(state.pdf.byteLength) })}
          </p>
          <p>
            {t('portfolioExport.code')}{' '}
            <code className="fingerprint">{state.bundle.verificationCode}</code>
          </p>
          <p className="muted small">{t('portfolioExport.codeNote')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void savePdf(state.pdf, state.data).catch(report)}
            >
              {t('portfolioExport.savePdf')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void saveBundle(state.data, state.bundle).catch(report)}
            >
              {t('portfolioExport.saveBundle')}
            </button>
          </div>
          <Suspense fallback={<Loading />}>
            <PdfPreview pdf={state.pdf} />
          </Suspense>
        </div>
      )}
    </section>
  );

  function progressText(progress: PdfProgress | null): string {
    if (!progress) return t('portfolioExport.collecting');
    if (progress.stage === 'layout') return t('portfolioExport.layingOut');
    return t('portfolioExport.rendering', { percent: Math.round(progress.fraction * 100) });
  }
}
