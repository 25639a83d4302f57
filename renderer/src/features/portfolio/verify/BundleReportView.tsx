import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleReport, SignatureCounts } from '../../../../../shared/portfolio/bundle';
import {
  judgeBundle,
  pdfCodeStatus,
  type Verdict,
  type VerdictProblem,
} from '../../../../../shared/portfolio/verdict';
import type { KnownKeyRow } from '../../../db/database';
import { useFormat } from '../../../ui/format';
import { SignerList } from './SignerList';
import '../../../ui/fingerprint.css';

/** A long list of problems is shown only in part; the counts above it are complete. */
const MAX_SHOWN_PROBLEMS = 500;

const COUNT_ROWS = [
  ['valid', 'valid'],
  ['invalid', 'invalid'],
  ['changedSinceSigning', 'changed'],
  ['returned', 'returned'],
  ['inPerson', 'inPerson'],
  ['unsigned', 'unsigned'],
] as const satisfies readonly (readonly [keyof SignatureCounts, string])[];

interface Props {
  name: string;
  report: BundleReport;
  typedCode: string;
  /** The keys this verifier knows, by fingerprint. */
  known: ReadonlyMap<string, KnownKeyRow>;
}

/** What verifying a bundle found, with the code typed from the PDF cover compared as well. */
export function BundleReportView({ name, report, typedCode, known }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const pdf = pdfCodeStatus(typedCode, report.code);
  const verdict = judgeBundle(report, typedCode, new Set(known.keys()));
  const { counts } = report;
  const shownProblems = report.problems.slice(0, MAX_SHOWN_PROBLEMS);

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('portfolioVerify.resultTitle')}</h2>
      <VerdictBanner verdict={verdict} counts={counts} />

      <dl className="facts">
        <dt>{t('portfolioVerify.file')}</dt>
        <dd>{name}</dd>
        <dt>{t('portfolioVerify.candidate')}</dt>
        <dd>{report.candidateName || t('portfolioVerify.noName')}</dd>
        <dt>{t('portfolioVerify.generatedAt')}</dt>
        <dd>{format.dateTime(report.generatedAt)}</dd>
        <dt>{t('portfolioVerify.code')}</dt>
        <dd>
          <code className="fingerprint verify-code">{report.code}</code>
        </dd>
      </dl>

      <h3>{t('portfolioVerify.checks.title')}</h3>
      <ul className="verify-checks">
        <li>
          <CheckMark ok={report.codeMatches} />{' '}
          {report.codeMatches
            ? t('portfolioVerify.checks.selfMatches')
            : t('portfolioVerify.checks.selfDiffers', { code: report.statedCode })}
        </li>
        <li>
          {pdf === 'matches' || pdf === 'differs' ? (
            <>
              <CheckMark ok={pdf === 'matches'} />{' '}
              {pdf === 'matches'
                ? t('portfolioVerify.checks.pdfMatches')
                : t('portfolioVerify.checks.pdfDiffers', { code: typedCode.trim() })}
            </>
          ) : (
            t('portfolioVerify.checks.pdfNone')
          )}
        </li>
      </ul>

      <h3>{t('portfolioVerify.log.title')}</h3>
      <p className="muted">{t('portfolioVerify.log.intro')}</p>
      <dl className="facts">
        <dt>{t('portfolioVerify.log.total')}</dt>
        <dd>
          {report.log.entries === 0
            ? t('portfolioVerify.log.empty')
            : t('portfolioVerify.log.totalValue', {
                hours: format.number(report.log.minutes / 60),
                count: report.log.entries,
                first: report.log.first,
                last: report.log.last,
              })}
        </dd>
        <dt>{t('portfolioVerify.log.verified')}</dt>
        <dd>
          {t('portfolioVerify.log.hours', {
            hours: format.number(report.log.verifiedMinutes / 60),
          })}
        </dd>
      </dl>

      <h3>{t('portfolioVerify.signatures.title')}</h3>
      <dl className="facts verify-counts">
        {COUNT_ROWS.map(([key, label]) => (
          <div key={key} className="facts__row">
            <dt>{t(`portfolioVerify.signatures.${label}`)}</dt>
            <dd>{format.number(counts[key])}</dd>
          </div>
        ))}
      </dl>

      {report.signers.length > 0 && (
        <>
          <h3>{t('portfolioVerify.signers.title')}</h3>
          <p className="muted" id={`${uid}-signers`}>
            {t('portfolioVerify.signers.intro')}
          </p>
          <SignerList signers={report.signers} known={known} introId={`${uid}-signers`} />
        </>
      )}

      {report.problems.length > 0 && (
        <>
          <h3 id={`${uid}-problems`}>{t('portfolioVerify.problems.title')}</h3>
          <div
            className="verify-problems"
            role="region"
            aria-labelledby={`${uid}-problems`}
            // Focusable, so a keyboard can scroll a long list.
            tabIndex={0}
          >
            <table className="table" aria-labelledby={`${uid}-problems`}>
              <thead>
                <tr>
                  <th scope="col">{t('portfolioVerify.problems.date')}</th>
                  <th scope="col">{t('portfolioVerify.problems.agency')}</th>
                  <th scope="col">{t('portfolioVerify.problems.supervisor')}</th>
                  <th scope="col">{t('portfolioVerify.problems.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {shownProblems.map((problem, i) => (
                  <tr key={`${problem.id}-${i}`}>
                    <td>{format.day(problem.date, { dateStyle: 'medium' })}</td>
                    <td>{problem.agency}</td>
                    <td>{problem.supervisorName}</td>
                    <td>{t(`portfolioVerify.problems.${problem.problem}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.problems.length > shownProblems.length && (
            <p className="muted">
              {t('portfolioVerify.problems.more', {
                count: report.problems.length,
                shown: shownProblems.length,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

const PROBLEM_WORDS = {
  'data-changed': 'dataChanged',
  'pdf-differs': 'pdfDiffers',
  invalid: 'invalid',
  changed: 'changed',
} as const satisfies Record<VerdictProblem, string>;

/** The headline: green only when everything holds and every key is known; amber while not. */
function VerdictBanner({ verdict, counts }: { verdict: Verdict; counts: SignatureCounts }) {
  const { t } = useTranslation();
  const count = (problem: VerdictProblem) =>
    problem === 'invalid'
      ? counts.invalid
      : problem === 'changed'
        ? counts.changedSinceSigning
        : undefined;
  if (verdict.kind === 'problems') {
    return (
      <div role="alert" className="verdict verdict--bad">
        <p className="verdict__title">{t('portfolioVerify.verdict.bad')}</p>
        <ul>
          {verdict.problems.map((problem) => (
            <li key={problem}>
              {t(`portfolioVerify.verdict.${PROBLEM_WORDS[problem]}`, { count: count(problem) })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const [tone, title, body] =
    verdict.kind === 'needs-code'
      ? [
          'caution',
          t('portfolioVerify.verdict.needsCode'),
          t('portfolioVerify.verdict.needsCodeBody'),
        ]
      : verdict.kind === 'unknown-keys'
        ? [
            'caution',
            t('portfolioVerify.verdict.unknownKeys'),
            t('portfolioVerify.verdict.unknownKeysBody', { count: verdict.unknown.length }),
          ]
        : ['good', t('portfolioVerify.verdict.good'), t('portfolioVerify.verdict.goodBody')];
  return (
    <div role="status" className={`verdict verdict--${tone}`}>
      <p className="verdict__title">{title}</p>
      <p>{body}</p>
    </div>
  );
}

function CheckMark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={ok ? 'chip chip--ok' : 'chip chip--warn'}>
      {ok ? t('portfolioVerify.checks.matches') : t('portfolioVerify.checks.differs')}
    </span>
  );
}
