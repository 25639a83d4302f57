import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate } from 'react-router';
import { DOMAINS, type DomainId } from '../../../../shared/framework/pack';
import { newAttempt, type ExamAttempt } from '../../../../shared/exam/attempt';
import { drawSimulation, WRITTEN_TEST } from '../../../../shared/exam/blueprint';
import { formatRemaining, pause, startClock } from '../../../../shared/exam/clock';
import { share } from '../../../../shared/exam/score';
import { useDb } from '../../db/context';
import { deleteAttempt, listAttempts, saveAttempt } from '../../db/exam-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFormat, type Format } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PAGES } from '../../ui/paths';
import { BankManager } from './BankManager';
import { useActiveBank, useDefaultBank } from './banks';
import { DrillHistory } from './DrillHistory';
import './exam.css';

// recharts stays out of the start-up bundle until there is a trend to draw.
const ScoreTrend = lazy(() => import('./ScoreTrend'));

/** Each finished simulation's percent right per part, oldest first. */
function trendPoints(finished: ExamAttempt[], format: Format) {
  return [...finished].reverse().map((attempt) => {
    const percent = (d: DomainId) => {
      const value = attempt.result ? share(attempt.result.byDomain[d]) : null;
      return value === null ? null : Math.round(value * 100);
    };
    return {
      label: format.shortDate(attempt.startedAt),
      knowledge: percent('knowledge'),
      values: percent('values'),
      skills: percent('skills'),
    };
  });
}

/** Latihan Ujian: start or resume a simulation, and the history of finished ones. */
export function ExamPage() {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('exam.title'));
  const id = useId();
  const navigate = useNavigate();
  const builtin = useDefaultBank();
  const loaded = useActiveBank();
  const attempts = useLiveQuery(() => listAttempts(db), []);
  const [discarding, setDiscarding] = useState<ExamAttempt | null>(null);
  const open = attempts?.find((a) => !a.finishedAt);
  const finished = attempts?.filter((a) => a.result) ?? [];

  const start = async () => {
    if (!loaded) return;
    const draw = drawSimulation(loaded.bank.items, WRITTEN_TEST);
    const now = new Date();
    const attempt = newAttempt({
      id: crypto.randomUUID(),
      bankKey: loaded.key,
      itemIds: draw.itemIds,
      // Stored paused: the clock starts when the first item is on screen.
      clock: pause(startClock(WRITTEN_TEST.minutes * 60_000, now.getTime()), now.getTime()),
      shortfalls: draw.shortfalls,
      missing: draw.missing,
      now,
    });
    await saveAttempt(db, attempt);
    void navigate(generatePath(PAGES.simulation, { id: attempt.id }));
  };

  return (
    <section className="page">
      <h1>{t('exam.title')}</h1>
      <p>{t('exam.intro')}</p>
      <p className="field__hint">{t('exam.disclaimer')}</p>
      {!loaded || !builtin || !attempts ? (
        <Loading />
      ) : (
        <>
          <p>
            {t('exam.bank', {
              title: loaded.bank.title,
              version: loaded.bank.version,
              count: loaded.bank.items.length,
            })}
          </p>
          {open ? (
            <section className="card card--inviting" aria-labelledby={`${id}-open`}>
              <h2 id={`${id}-open`}>{t('exam.resumeTitle')}</h2>
              <p>
                {t('exam.resumeBody', {
                  date: format.dateTime(open.startedAt),
                  answered: open.choices.filter((c) => c !== null).length,
                  count: open.itemIds.length,
                  // Saved paused, so what is left does not depend on the time now.
                  left: formatRemaining(open.clock.limitMs - open.clock.elapsedMs),
                })}
              </p>
              <div className="actions">
                <Link
                  className="button button--primary"
                  to={generatePath(PAGES.simulation, { id: open.id })}
                >
                  {t('exam.resume')}
                </Link>
                <button type="button" className="button" onClick={() => setDiscarding(open)}>
                  {t('exam.discard')}
                </button>
              </div>
            </section>
          ) : (
            <div className="actions">
              <button type="button" className="button button--primary" onClick={() => void start()}>
                {t('exam.start')}
              </button>
              <span className="field__hint">{t('exam.startHint')}</span>
            </div>
          )}
          <section className="card" aria-labelledby={`${id}-practice`}>
            <h2 id={`${id}-practice`}>{t('exam.practice.title')}</h2>
            <p>{t('exam.practice.intro')}</p>
            <Link className="button" to={PAGES.drill}>
              {t('exam.practice.open')}
            </Link>
          </section>
          <section className="card" aria-labelledby={`${id}-history`}>
            <h2 id={`${id}-history`}>{t('exam.historyTitle')}</h2>
            {finished.length === 0 ? (
              <p>{t('exam.historyEmpty')}</p>
            ) : (
              <>
                {finished.length > 1 && (
                  <figure className="chart">
                    <figcaption>{t('exam.trend')}</figcaption>
                    <Suspense fallback={<Loading />}>
                      <ScoreTrend
                        points={trendPoints(finished, format)}
                        names={{
                          knowledge: t('exam.domains.knowledge'),
                          values: t('exam.domains.values'),
                          skills: t('exam.domains.skills'),
                        }}
                      />
                    </Suspense>
                  </figure>
                )}
                <div className="table-scroll">
                  <table className="table">
                    <caption>{t('exam.historyCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('exam.columns.date')}</th>
                        <th scope="col">{t('exam.columns.score')}</th>
                        {DOMAINS.map((d) => (
                          <th scope="col" key={d}>
                            <abbr title={t(`exam.domains.${d}`)}>{t(`exam.columns.${d}`)}</abbr>
                          </th>
                        ))}
                        <th scope="col">{t('exam.columns.action')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {finished.map((attempt) => {
                        const date = format.dateTime(attempt.startedAt);
                        const result = attempt.result;
                        if (!result) return null;
                        return (
                          <tr key={attempt.id}>
                            <td>{date}</td>
                            <td>{format.percent(share(result.total))}</td>
                            {DOMAINS.map((d) => (
                              <td key={d}>{format.percent(share(result.byDomain[d]))}</td>
                            ))}
                            <td>
                              <Link
                                className="button button--quiet"
                                to={generatePath(PAGES.report, { id: attempt.id })}
                                aria-label={t('exam.viewReportLabel', { date })}
                              >
                                {t('exam.viewReport')}
                              </Link>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
          <DrillHistory />
          <BankManager builtin={builtin} active={loaded} />
        </>
      )}
      <ConfirmDialog
        open={discarding !== null}
        title={t('exam.discardTitle')}
        body={t('exam.discardBody')}
        confirmLabel={t('exam.discard')}
        cancelLabel={t('exam.question.keepGoing')}
        onConfirm={() => {
          if (discarding) void deleteAttempt(db, discarding.id);
          setDiscarding(null);
        }}
        onCancel={() => setDiscarding(null)}
      />
    </section>
  );
}
