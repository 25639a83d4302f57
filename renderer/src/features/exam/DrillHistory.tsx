import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionTally, type DrillSession } from '../../../../shared/exam/drill-session';
import { useDb } from '../../db/context';
import { listDrillSessions } from '../../db/exam-repository';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';

/** How many sessions show before "show all": the newest are what a candidate looks back on. */
const SHOWN_FIRST = 10;

/** Every drill (short practice session) with what was practised and how it went, newest first. */
export function DrillHistory() {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const sessions = useLiveQuery(() => listDrillSessions(db), []);
  const [all, setAll] = useState(false);

  const scope = ({ filter }: DrillSession) =>
    [filter.domain && t(`exam.domains.${filter.domain}`), filter.tag, filter.criterion]
      .filter(Boolean)
      .join(' · ') || t('exam.practice.scopeAll');
  const outcome = (session: DrillSession) => {
    const { correct, count: answered } = sessionTally(session);
    const count = session.itemIds.length;
    return session.finishedAt
      ? t('exam.practice.resultDone', { correct, count })
      : t('exam.practice.resultStopped', { correct, answered, count });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('exam.practice.historyTitle')}</h2>
      {!sessions ? (
        <Loading />
      ) : sessions.length === 0 ? (
        <p>{t('exam.practice.historyEmpty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="practice-history">
              <caption>{t('exam.practice.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exam.practice.columns.date')}</th>
                  <th scope="col">{t('exam.practice.columns.scope')}</th>
                  <th scope="col">{t('exam.practice.columns.result')}</th>
                </tr>
              </thead>
              <tbody>
                {(all ? sessions : sessions.slice(0, SHOWN_FIRST)).map((session) => (
                  <tr key={session.id}>
                    <td>{format.dateTime(session.startedAt)}</td>
                    <td>{scope(session)}</td>
                    <td>{outcome(session)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sessions.length > SHOWN_FIRST && (
            // One button that stays, so the focus stays with it.
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all
                ? t('exam.practice.showFewer', { count: SHOWN_FIRST })
                : t('exam.practice.showAll', { count: sessions.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
