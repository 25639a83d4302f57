import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import type { OptionId } from '../../../../shared/exam/bank';
import {
  newDrillSession,
  recordAnswer,
  type DrillSession,
} from '../../../../shared/exam/drill-session';
import {
  matchesFilter,
  pickPracticeItems,
  type PracticeFilter,
} from '../../../../shared/exam/review';
import { DOMAINS, type DomainId } from '../../../../shared/framework/pack';
import { criterionRef } from '../../../../shared/assessment/assessment';
import { useDb } from '../../db/context';
import { useActivePack } from '../../queries/packs';
import { loadReviewCards, saveDrillAnswer } from '../../db/exam-repository';
import { errorMessage } from '../../ui/error-message';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useActiveBank, type LoadedBank } from './banks';
import { examKeyAction } from './keyboard';
import { QuestionView } from './QuestionView';
import { ShortcutsToggle } from './ShortcutsToggle';
import { dialogOpen, useShortcuts } from './use-shortcuts';
import './exam.css';

const SIZES = [5, 10, 20] as const;

/** A drill (short practice) with immediate feedback; the review schedule decides what comes back. */
export function DrillPage() {
  const db = useDb();
  const { t } = useTranslation();
  useDocumentTitle(t('exam.practice.title'));
  const loaded = useActiveBank();
  const bankId = loaded?.bank.id;
  const cards = useLiveQuery(
    async () => (bankId === undefined ? undefined : loadReviewCards(db, bankId)),
    [bankId],
  );
  const [session, setSession] = useState<DrillSession | null>(null);
  if (!loaded || !cards) return <Loading />;
  return (
    <section className="page exam">
      <h1>{t('exam.practice.title')}</h1>
      <p>{t('exam.practice.intro')}</p>
      {session ? (
        <Session loaded={loaded} initial={session} onDone={() => setSession(null)} />
      ) : (
        <Setup loaded={loaded} cards={cards} onStart={setSession} />
      )}
      <Link className="button button--quiet" to={PAGES.exam}>
        {t('exam.practice.back')}
      </Link>
    </section>
  );
}

function Setup(props: {
  loaded: LoadedBank;
  cards: Awaited<ReturnType<typeof loadReviewCards>>;
  onStart(session: DrillSession): void;
}) {
  const { loaded, cards, onStart } = props;
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<PracticeFilter>({});
  const [size, setSize] = useState<number>(10);
  const tags = useMemo(
    () => [...new Set(loaded.bank.items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b)),
    [loaded],
  );
  // Criteria the bank's items touch, worded as the framework pack in use words them.
  const pack = useActivePack()?.pack;
  const criteria = useMemo(() => {
    const questions = new Map(
      (pack?.units ?? []).flatMap((u) =>
        u.elements.flatMap((e) =>
          e.criteria.map(
            (c) => [criterionRef(pack?.id ?? '', c.id), `${c.id} — ${c.question}`] as const,
          ),
        ),
      ),
    );
    return [...new Set(loaded.bank.items.flatMap((i) => i.criteria))]
      .sort()
      .map((ref) => ({ ref, label: questions.get(ref) ?? ref }));
  }, [loaded, pack]);
  const [now] = useState(() => new Date());
  const eligible = loaded.bank.items.filter((item) => matchesFilter(item, filter));
  const due = eligible.filter((i) => {
    const card = cards.get(i.id);
    return card && Date.parse(card.due) <= now.getTime();
  }).length;
  const fresh = eligible.filter((i) => !cards.has(i.id)).length;
  const start = () => {
    const now = new Date();
    onStart(
      newDrillSession({
        id: crypto.randomUUID(),
        bankKey: loaded.key,
        filter,
        itemIds: pickPracticeItems(loaded.bank.items, cards, { count: size, now, filter }),
        now,
      }),
    );
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), start())}>
      <FilterSelect
        id={`${id}-domain`}
        label={t('exam.practice.domain')}
        all={t('exam.practice.allDomains')}
        value={filter.domain}
        options={DOMAINS.map((d) => ({ value: d, label: t(`exam.domains.${d}`) }))}
        onChange={(domain) => setFilter({ ...filter, domain: domain as DomainId | undefined })}
      />
      <FilterSelect
        id={`${id}-tag`}
        label={t('exam.practice.tag')}
        all={t('exam.practice.allTags')}
        value={filter.tag}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => setFilter({ ...filter, tag })}
      />
      <FilterSelect
        id={`${id}-criterion`}
        label={t('exam.practice.criterion')}
        all={t('exam.practice.allCriteria')}
        value={filter.criterion}
        options={criteria.map(({ ref, label }) => ({ value: ref, label }))}
        onChange={(criterion) => setFilter({ ...filter, criterion })}
      />
      <div className="field">
        <label htmlFor={`${id}-size`}>{t('exam.practice.size')}</label>
        <select id={`${id}-size`} value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <p role="status">{t('exam.practice.available', { due, fresh })}</p>
      {due + fresh === 0 ? (
        <p>{t('exam.practice.nothing')}</p>
      ) : (
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('exam.practice.start')}
          </button>
        </div>
      )}
    </form>
  );
}

/** One narrowing choice; blank means "all". */
function FilterSelect(props: {
  id: string;
  label: string;
  all: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange(value: string | undefined): void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || undefined)}
      >
        <option value="">{props.all}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One session: each answer is kept at once, with the item's new review card, so leaving part-way
 * loses nothing that was answered.
 */
function Session(props: { loaded: LoadedBank; initial: DrillSession; onDone(): void }) {
  const db = useDb();
  const { loaded, onDone } = props;
  const { t } = useTranslation();
  const [session, setSession] = useState(props.initial);
  const [position, setPosition] = useState(0);
  const [choice, setChoice] = useState<OptionId | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [shortcuts, setShortcuts] = useShortcuts();
  const { itemIds } = session;
  const correct = session.answers.filter((a) => a.correct).length;
  const finished = position >= itemIds.length;
  const item = loaded.itemsById.get(itemIds[position] ?? '');

  const answer = async (option: OptionId) => {
    if (!item || choice) return;
    setChoice(option);
    const right = option === item.key;
    const now = new Date();
    try {
      const next = recordAnswer(session, { itemId: item.id, choice: option, correct: right }, now);
      setSession(next);
      const answer = { bankId: loaded.bank.id, itemId: item.id, correct: right };
      await saveDrillAnswer(db, next, answer, now);
      setFailure(null);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  const next = () => {
    if (!choice) return;
    setChoice(null);
    setPosition((p) => p + 1);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shortcuts || dialogOpen()) return;
      const action = examKeyAction(event, event.target, item?.options.length ?? 0);
      if (!action) return;
      if (action.kind === 'choose' && !choice) {
        event.preventDefault();
        void answer(action.option);
      }
      if (action.kind === 'next') {
        event.preventDefault();
        next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (finished || !item) {
    return (
      <div role="status" className="notice">
        <p>{t('exam.practice.done', { correct, count: itemIds.length })}</p>
        <p>{t('exam.practice.doneHint')}</p>
        <button type="button" className="button" onClick={onDone}>
          {t('exam.practice.again')}
        </button>
      </div>
    );
  }
  const key = item.options.find((o) => o.id === item.key);
  const chosen = item.options.find((o) => o.id === choice);
  return (
    <>
      <p>{t('exam.practice.progress', { number: position + 1, count: itemIds.length })}</p>
      <QuestionView
        key={item.id}
        item={item}
        language={loaded.bank.language}
        name={`practice-${position}`}
        choice={choice}
        onChoose={(option) => void answer(option)}
        disabled={choice !== null}
        // After "Berikutnya" the new question takes the focus, so no one loses their place.
        focusOnMount={position > 0}
      />
      {failure && (
        <p role="alert" className="form__alert">
          {t('exam.practice.saveFailed', { message: failure })}
        </p>
      )}
      {choice && (
        <div role="status" className="notice" data-testid="practice-feedback">
          <p className="notice__title">
            {choice === item.key
              ? t('exam.practice.right')
              : t('exam.practice.wrong', { key: item.key })}
          </p>
          <div lang={loaded.bank.language}>
            {chosen && choice !== item.key && <p>{chosen.explanation}</p>}
            {key && <p>{key.explanation}</p>}
          </div>
          <button type="button" className="button button--primary" onClick={next} autoFocus>
            {t('exam.practice.next')}
          </button>
        </div>
      )}
      <ShortcutsToggle hint={t('exam.practice.keys')} on={shortcuts} onChange={setShortcuts} />
    </>
  );
}
