import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PAGES } from '../../ui/paths';
import { DIFFICULTIES } from '../../../../shared/exam/bank';
import { responsesOf, type ExamAttempt } from '../../../../shared/exam/attempt';
import { scoreAttempt, share, type Tally } from '../../../../shared/exam/score';
import { DOMAINS } from '../../../../shared/framework/pack';
import { useDb } from '../../db/context';
import { loadAttempt } from '../../db/exam-repository';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AttemptNotFound } from './AttemptNotFound';
import { useBank, type LoadedBank } from './banks';
import { ShortfallNotice } from './ShortfallNotice';
import './exam.css';

/** The score by part and difficulty, and every item with its key and explanations. */
export function ReportPage() {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('exam.report.title'));
  const id = useId();
  const { id: attemptId = '' } = useParams();
  const attempt = useLiveQuery(() => loadAttempt(db, attemptId), [attemptId], null);
  const loaded = useBank(attempt?.bankKey);
  if (attempt === null || (attempt && loaded === undefined)) return <Loading />;
  if (!attempt?.finishedAt) return <AttemptNotFound title={t('exam.report.title')} />;
  // The score is the one kept when the attempt ended (history and dashboard show the same);
  // the bank only supplies each item's text and explanations.
  const result =
    attempt.result ?? (loaded ? scoreAttempt(responsesOf(attempt), loaded.itemsById) : null);
  const tally = (x: Tally) =>
    `${t('exam.report.tally', { correct: x.correct, count: x.count })} (${format.percent(share(x))})`;
  return (
    <section className="page exam">
      <h1>{t('exam.report.title')}</h1>
      <p>
        {attempt.endedBy === 'time'
          ? t('exam.report.endedByTime')
          : t('exam.report.endedByCandidate', {
              date: format.dateTime(attempt.finishedAt),
            })}
      </p>
      {result && (
        <p className="exam__score" data-testid="exam-score">
          {t('exam.report.score', {
            correct: result.total.correct,
            count: result.total.count,
            percent: format.percent(share(result.total)),
          })}
        </p>
      )}
      <ShortfallNotice attempt={attempt} />
      <p>
        {t('exam.report.answered', {
          answered: attempt.choices.filter((choice) => choice !== null).length,
        })}
      </p>
      {result && (
        <div className="exam__tallies">
          <table className="table">
            <caption>{t('exam.report.byDomain')}</caption>
            <tbody>
              {DOMAINS.map((d) => (
                <tr key={d} data-domain={d}>
                  <th scope="row">{t(`exam.domains.${d}`)}</th>
                  <td>{tally(result.byDomain[d])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table">
            <caption>{t('exam.report.byDifficulty')}</caption>
            <tbody>
              {DIFFICULTIES.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(`exam.difficulties.${d}`)}</th>
                  <td>{tally(result.byDifficulty[d])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`}>{t('exam.report.itemsTitle')}</h2>
        {loaded ? (
          <ItemReview attempt={attempt} loaded={loaded} />
        ) : (
          <p className="notice">{t('exam.banks.missingForReport', { key: attempt.bankKey })}</p>
        )}
      </section>
      <Link className="button" to={PAGES.exam}>
        {t('exam.report.back')}
      </Link>
    </section>
  );
}

/** Every item with the candidate's answer, the key, the explanations and the item's basis. */
function ItemReview({ attempt, loaded }: { attempt: ExamAttempt; loaded: LoadedBank }) {
  const { t } = useTranslation();
  const [onlyWrong, setOnlyWrong] = useState(false);
  const sources = new Map(loaded.bank.sources.map((s) => [s.id, s.title]));
  const shown = scoreAttempt(responsesOf(attempt), loaded.itemsById)
    .items.map((result, i) => ({ ...result, number: i + 1 }))
    .filter((r) => !onlyWrong || !r.correct);
  return (
    <>
      <label className="choice">
        <input
          type="checkbox"
          checked={onlyWrong}
          onChange={(e) => setOnlyWrong(e.target.checked)}
        />
        {t('exam.report.onlyWrong')}
      </label>
      <ol className="exam__review">
        {shown.map(({ item, choice, correct, number }) => {
          const verdict = correct
            ? t('exam.report.correct')
            : choice
              ? t('exam.report.wrong')
              : t('exam.report.blank');
          const chosen = item.options.find((o) => o.id === choice);
          const key = item.options.find((o) => o.id === item.key);
          return (
            <li key={item.id}>
              <details>
                <summary className={correct ? '' : 'exam__wrong'}>
                  {t('exam.report.itemSummary', { number, verdict })}
                </summary>
                <div lang={loaded.bank.language}>
                  {item.vignette && <p className="exam__vignette">{item.vignette}</p>}
                  <p className="exam__stem">{item.stem}</p>
                </div>
                <dl className="facts">
                  <dt>{t('exam.report.yourAnswer')}</dt>
                  <dd lang={loaded.bank.language}>
                    {chosen ? `${chosen.id}. ${chosen.text}` : t('exam.report.noAnswer')}
                    {chosen && !correct && (
                      <span className="exam__explanation">{chosen.explanation}</span>
                    )}
                  </dd>
                  <dt>{t('exam.report.key')}</dt>
                  <dd lang={loaded.bank.language}>
                    {key && `${key.id}. ${key.text}`}
                    {key && <span className="exam__explanation">{key.explanation}</span>}
                  </dd>
                </dl>
                <p className="field__hint">
                  {t('exam.report.basis', {
                    source: sources.get(item.fact.source) ?? item.fact.source,
                    detail: item.fact.detail,
                  })}
                </p>
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
