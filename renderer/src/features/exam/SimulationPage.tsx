import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Navigate, useNavigate, useParams } from 'react-router';
import { PAGES } from '../../ui/paths';
import type { OptionId } from '../../../../shared/exam/bank';
import { finishAttempt, type ExamAttempt } from '../../../../shared/exam/attempt';
import { formatRemaining, isOver, pause, remaining, resume } from '../../../../shared/exam/clock';
import { useDb } from '../../db/context';
import { loadAttempt, saveAttempt } from '../../db/exam-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useBank, type LoadedBank } from './banks';
import { AttemptNotFound } from './AttemptNotFound';
import { examKeyAction } from './keyboard';
import { QuestionView } from './QuestionView';
import { ShortcutsToggle } from './ShortcutsToggle';
import { ShortfallNotice } from './ShortfallNotice';
import { dialogOpen, useShortcuts } from './use-shortcuts';
import './exam.css';

/** Saved this often while answering, so a crash loses at most a few seconds of the clock. */
const CHECKPOINT_MS = 5_000;

/** One simulation: resumed where it was left, saved after every change. */
export function SimulationPage() {
  const db = useDb();
  const { t } = useTranslation();
  useDocumentTitle(t('exam.title'));
  const { id = '' } = useParams();
  const [attempt, setAttempt] = useState<ExamAttempt | null>();
  const loaded = useBank(attempt?.bankKey);
  useEffect(() => {
    void loadAttempt(db, id).then((found) =>
      // The clock runs again from now: time while the app was closed does not count.
      setAttempt(found ? { ...found, clock: resume(found.clock, performance.now()) } : null),
    );
  }, [id, db]);
  if (attempt === null) return <AttemptNotFound title={t('exam.title')} />;
  if (attempt?.finishedAt)
    return <Navigate to={generatePath(PAGES.report, { id: attempt.id })} replace />;
  if (attempt === undefined || loaded === undefined) return <Loading />;
  if (loaded === null)
    return (
      <AttemptNotFound
        title={t('exam.title')}
        message={t('exam.banks.missingForSimulation', { key: attempt.bankKey })}
      />
    );
  return <Simulation initial={attempt} loaded={loaded} />;
}

function Simulation({ initial, loaded }: { initial: ExamAttempt; loaded: LoadedBank }) {
  const db = useDb();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(initial);
  // The running clock reads performance.now(): setting the computer's clock back or forward
  // neither adds nor takes time. What is saved is always paused, so no reading outlives the page.
  const [now, setNow] = useState(() => performance.now());
  const [confirming, setConfirming] = useState(false);
  const [shortcuts, setShortcuts] = useShortcuts();
  // What the handlers read: every change goes through `change`, which keeps it current.
  const latest = useRef(attempt);

  const store = useCallback(
    (next: ExamAttempt) => {
      void saveAttempt(db, { ...next, clock: pause(next.clock, performance.now()) });
    },
    [db],
  );
  const change = (update: (a: ExamAttempt) => ExamAttempt) => {
    const next = update(latest.current);
    latest.current = next;
    setAttempt(next);
    store(next);
  };
  const [saveFailed, setSaveFailed] = useState<string | null>(null);
  const finish = useCallback(
    (endedBy: 'candidate' | 'time') => {
      const current = latest.current;
      const stopped = { ...current, clock: pause(current.clock, performance.now()) };
      const done = finishAttempt(stopped, loaded.itemsById, endedBy, new Date());
      return saveAttempt(db, done).then(
        () => {
          // The last save on leaving the page must write the finished attempt, not the one before.
          latest.current = done;
          void navigate(generatePath(PAGES.report, { id: done.id }), { replace: true });
        },
        // Still open: the answers are kept and the candidate can try again.
        (error: unknown) => setSaveFailed(errorMessage(error)),
      );
    },
    [loaded, navigate, db],
  );

  // The countdown: a tick a second; time up hands the answers in.
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const over = isOver(attempt.clock, now);
  useEffect(() => {
    if (over) void finish('time');
  }, [over, finish]);

  // Checkpoints, and a last save when the page goes away.
  useEffect(() => {
    const save = () => store(latest.current);
    const timer = setInterval(save, CHECKPOINT_MS);
    window.addEventListener('pagehide', save);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [store]);

  const count = attempt.itemIds.length;
  const position = attempt.position;
  const item = loaded.itemsById.get(attempt.itemIds[position] ?? '');
  const choose = (option: OptionId) =>
    change((a) => ({ ...a, choices: a.choices.map((c, i) => (i === a.position ? option : c)) }));
  const go = (to: number) =>
    change((a) => ({ ...a, position: Math.max(0, Math.min(count - 1, to)) }));
  const flag = () =>
    change((a) => ({ ...a, flags: a.flags.map((f, i) => (i === a.position ? !f : f)) }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shortcuts || confirming || dialogOpen()) return;
      const action = examKeyAction(event, event.target, item?.options.length ?? 0);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'choose') choose(action.option);
      if (action.kind === 'next') go(latest.current.position + 1);
      if (action.kind === 'previous') go(latest.current.position - 1);
      if (action.kind === 'flag') flag();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const left = formatRemaining(remaining(attempt.clock, now));
  const choice = attempt.choices[position] ?? null;
  const flagged = attempt.flags[position] ?? false;
  const unanswered = attempt.choices.filter((c) => c === null).length;
  return (
    <section className="page exam">
      <h1>{t('exam.title')}</h1>
      <div className="exam__bar">
        <p>{t('exam.question.progress', { number: position + 1, count })}</p>
        <p role="timer" aria-label={t('exam.question.timeLeftLabel', { time: left })}>
          {t('exam.question.timeLeft')}: <strong>{left}</strong>
        </p>
      </div>
      {/* Said before the first item, and again in the report. */}
      {position === 0 && <ShortfallNotice attempt={attempt} />}
      {item ? (
        <QuestionView
          key={item.id}
          item={item}
          language={loaded.bank.language}
          name={`item-${position}`}
          choice={choice}
          onChoose={choose}
        />
      ) : (
        <p className="notice">{t('exam.report.missingItem')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => go(position - 1)}
          disabled={position === 0}
        >
          {t('exam.question.previous')}
        </button>
        <button type="button" className="button" aria-pressed={flagged} onClick={flag}>
          {flagged ? t('exam.question.unflag') : t('exam.question.flag')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => go(position + 1)}
          disabled={position === count - 1}
        >
          {t('exam.question.next')}
        </button>
      </div>
      <nav aria-label={t('exam.question.navigator')}>
        <ol className="exam__navigator">
          {attempt.itemIds.map((itemId, i) => {
            const states = [
              attempt.choices[i] ? t('exam.question.answered') : t('exam.question.unanswered'),
              ...(attempt.flags[i] ? [t('exam.question.flagged')] : []),
            ];
            return (
              <li key={itemId}>
                <button
                  type="button"
                  className={[
                    'exam__nav',
                    attempt.choices[i] ? 'exam__nav--answered' : '',
                    attempt.flags[i] ? 'exam__nav--flagged' : '',
                  ].join(' ')}
                  aria-current={i === position ? 'step' : undefined}
                  aria-label={`${t('exam.question.navItem', { number: i + 1 })}, ${states.join(', ')}`}
                  onClick={() => go(i)}
                >
                  {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <ShortcutsToggle hint={t('exam.question.keys')} on={shortcuts} onChange={setShortcuts} />
      <p className="field__hint">{t('exam.question.saved')}</p>
      {saveFailed && (
        <p role="alert" className="form__alert">
          {t('exam.question.finishFailed', { message: saveFailed })}
        </p>
      )}
      <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
        {t('exam.question.finish')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('exam.question.finishTitle')}
        body={t('exam.question.finishBody', {
          unanswered,
          flagged: attempt.flags.filter(Boolean).length,
        })}
        confirmLabel={t('exam.question.finishConfirm')}
        cancelLabel={t('exam.question.keepGoing')}
        onConfirm={() => {
          setConfirming(false);
          void finish('candidate');
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
