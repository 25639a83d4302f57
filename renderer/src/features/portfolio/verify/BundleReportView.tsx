import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleReport, SignatureCounts } from '../../../../../shared/portfolio/bundle';
import { useFormat } from '../../../ui/format';
import { pdfCodeStatus } from './pdf-code';
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

/** What verifying a bundle found, with the code typed from the PDF cover compared as well. */
export function BundleReportView(props: { name: string; report: BundleReport; typedCode: string }) {
  const { name, report, typedCode } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const pdf = pdfCodeStatus(typedCode, report.code);
  const { counts } = report;
  const good = report.verdict === 'verified' && pdf !== 'differs';
  const shownProblems = report.problems.slice(0, MAX_SHOWN_PROBLEMS);

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('portfolioVerify.resultTitle')}</h2>
      {good ? (
        <div role="status" className="verdict verdict--good">
          <p className="verdict__title">{t('portfolioVerify.verdict.good')}</p>
          <p>
            {pdf === 'matches'
              ? t('portfolioVerify.verdict.goodWithPdf')
              : t('portfolioVerify.verdict.goodComparePdf')}
          </p>
        </div>
      ) : (
        <div role="alert" className="verdict verdict--bad">
          <p className="verdict__title">{t('portfolioVerify.verdict.bad')}</p>
          <ul>
            {!report.codeMatches && <li>{t('portfolioVerify.verdict.dataChanged')}</li>}
            {pdf === 'differs' && <li>{t('portfolioVerify.verdict.pdfDiffers')}</li>}
            {counts.invalid > 0 && (
              <li>{t('portfolioVerify.verdict.invalid', { count: counts.invalid })}</li>
            )}
            {counts.changedSinceSigning > 0 && (
              <li>{t('portfolioVerify.verdict.changed', { count: counts.changedSinceSigning })}</li>
            )}
          </ul>
        </div>
      )}

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
          <p className="muted">{t('portfolioVerify.signers.intro')}</p>
          <ul className="verify-signers">
            {report.signers.map((signer) => (
              <li key={signer.fingerprint}>
                <strong>{signer.name}</strong>{' '}
                <code className="fingerprint">{signer.fingerprint}</code>{' '}
                <span className="muted">
                  {t('portfolioVerify.signers.count', { count: signer.signatures })}
                </span>
              </li>
            ))}
          </ul>
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

function CheckMark({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={ok ? 'chip chip--ok' : 'chip chip--warn'}>
      {ok ? t('portfolioVerify.checks.matches') : t('portfolioVerify.checks.differs')}
    </span>
  );
}
