import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import type { FileProblem } from '../../../../shared/files/file-problem';
import { DEFAULT_PRACTICE_CONFIG } from '../../../../shared/practice/config';
import type { SignoffRequest } from '../../../../shared/signoff/files';
import type { OwnKeyRow } from '../../db/database';
import { openUserFile, type PickedFile } from '../../platform/open-user-file';
import { useOpenedFile } from '../../platform/opened-files';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/error-message';
import { FileProblemMessage } from '../../ui/FileProblemMessage';
import { useFormat } from '../../ui/format';
import { fieldLabel } from '../../ui/practice-labels';
import {
  approveUndecided,
  decisionsFromReview,
  meantForAnotherKey,
  requestFieldLabel,
  returnedWithoutComment,
  reviewableRequestSchema,
  reviewCounts,
  reviewOf,
  totalMinutes,
  updateReview,
  type EntryReview,
  type Review,
} from './review';
import { commentId, ReviewEntry } from './ReviewEntry';
import { SignDialog } from './SignDialog';
import { useBridge } from '../../platform/context';

type Message = { problem: FileProblem; name: string } | { text: string };

const NO_REVIEW: Review = new Map();

/** Opens a candidate's request and collects a decision for each entry, in memory only. */
export function RequestReview({ ownKey }: { ownKey: OwnKeyRow }) {
  const bridge = useBridge();
  const { t } = useTranslation();
  const uid = useId();
  // Each opening gets a fresh review: nothing of the previous request stays in the form.
  const [opened, setOpened] = useState<{ request: SignoffRequest; number: number } | null>(null);
  // Decisions changed since the request was opened or last saved as a response.
  const [unsaved, setUnsaved] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  // A request just opened while decisions on the current one are unsaved: replace it only if asked.
  const [pending, setPending] = useState<SignoffRequest | null>(null);

  const show = (request: SignoffRequest) => {
    setPending(null);
    setOpened((last) => ({ request, number: (last?.number ?? 0) + 1 }));
    setUnsaved(false);
  };

  const open = async (picked?: PickedFile) => {
    setMessage(null);
    try {
      const file = await openUserFile(
        bridge,
        FILE_KINDS.request.withSchema(
          reviewableRequestSchema(t('supervisorMode.errors.duplicateEntry')),
        ),
        undefined,
        picked,
      );
      if (file.status === 'cancelled') return;
      if (file.status === 'problem') {
        setMessage(file);
        return;
      }
      if (unsaved) setPending(file.value);
      else show(file.value);
    } catch (error) {
      setMessage({ text: t('supervisorMode.review.openFailed', { reason: errorMessage(error) }) });
    }
  };

  // A request double-clicked in the file manager is read like one chosen here; with unsaved
  // decisions on the open request, the same question comes first.
  useOpenedFile('request', (picked) => void open(picked));

  return (
    <>
      <section className="card" aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`}>{t('supervisorMode.review.title')}</h2>
        <p>{t('supervisorMode.review.intro')}</p>
        <button type="button" className="button" onClick={() => void open()}>
          {t('supervisorMode.review.open')}
        </button>
        {message && (
          <div role="alert" className="form__alert supervisor-mode__problem">
            {'problem' in message ? (
              <FileProblemMessage name={message.name} problem={message.problem} kind="request" />
            ) : (
              <p>{message.text}</p>
            )}
          </div>
        )}
      </section>
      {opened && (
        <OpenRequest
          key={opened.number}
          ownKey={ownKey}
          request={opened.request}
          onUnsaved={setUnsaved}
        />
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('supervisorMode.review.replaceTitle')}
        body={t('supervisorMode.review.replaceBody', {
          name: opened?.request.candidate.name ?? '',
        })}
        confirmLabel={t('supervisorMode.review.replaceConfirm')}
        cancelLabel={t('supervisorMode.review.cancel')}
        onConfirm={() => pending && show(pending)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}

interface OpenRequestProps {
  ownKey: OwnKeyRow;
  request: SignoffRequest;
  /** Whether there are decisions not yet saved in a response. */
  onUnsaved(unsaved: boolean): void;
}

function OpenRequest({ ownKey, request, onUnsaved }: OpenRequestProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [review, setReview] = useState<Review>(NO_REVIEW);
  const [attempted, setAttempted] = useState(false);
  const [signing, setSigning] = useState(false);
  const [signed, setSigned] = useState<{ approved: number; returned: number } | null>(null);
  // Once per field, not once per entry and render: the list can hold 2000 entries.
  const fieldNames = useMemo(
    () =>
      new Map(
        [...new Set(request.entries.map((e) => e.field))].map((id) => [
          id,
          requestFieldLabel(request, id) !== undefined
            ? t('supervisorMode.entry.candidateWord', { label: requestFieldLabel(request, id) })
            : fieldLabel(t, id, DEFAULT_PRACTICE_CONFIG),
        ]),
      ),
    [request, t],
  );

  // Take keyboard and screen-reader users to the request they just opened.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const edit = useCallback(
    (update: (review: Review) => Review) => {
      setReview(update);
      setSigned(null);
      onUnsaved(true);
    },
    [onUnsaved],
  );
  const change = useCallback(
    (entryId: string, update: Partial<EntryReview>) =>
      edit((current) => updateReview(current, entryId, update)),
    [edit],
  );

  const counts = reviewCounts(request, review);
  const missing = attempted ? returnedWithoutComment(request, review) : [];
  const missingSet = new Set(missing);
  const decided = counts.approved + counts.returned;
  const otherKey = meantForAnotherKey(request, ownKey.fingerprint);

  const startSigning = () => {
    setAttempted(true);
    const first = returnedWithoutComment(request, review)[0];
    if (first === undefined) {
      setSigning(true);
      return;
    }
    const index = request.entries.findIndex((e) => e.id === first);
    document.getElementById(commentId(index))?.focus();
  };

  return (
    <section className="card review" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} ref={heading} tabIndex={-1}>
        {t('supervisorMode.review.from', { name: request.candidate.name })}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('supervisorMode.review.candidate')}</dt>
          <dd>{request.candidate.name}</dd>
        </div>
        {request.candidate.strNumber && (
          <div className="facts__row">
            <dt>{t('supervisorMode.review.candidateStr')}</dt>
            <dd>{request.candidate.strNumber}</dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('supervisorMode.review.created')}</dt>
          <dd>{format.dateTime(request.createdAt)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('supervisorMode.review.meantFor')}</dt>
          <dd>{request.supervisor.name}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('supervisorMode.review.entries')}</dt>
          <dd>{request.entries.length}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('supervisorMode.review.total')}</dt>
          <dd>{format.hours(totalMinutes(request))}</dd>
        </div>
      </dl>
      {otherKey && (
        <p className="notice notice--warn">
          {t('supervisorMode.review.otherKey', {
            name: request.supervisor.name,
            expected: request.supervisor.fingerprint,
            own: ownKey.fingerprint,
          })}
        </p>
      )}
      <p className="notice">{t('supervisorMode.review.memoryOnly')}</p>

      {/* Before the list and sticky, so the actions are one Tab away even with 2000 entries. */}
      <div className="review-bar">
        <p role="status" className="review-bar__counts">
          {t('supervisorMode.review.counts', counts)}
        </p>
        <div className="review-bar__actions">
          <button
            type="button"
            className="button"
            disabled={counts.undecided === 0}
            onClick={() => edit((current) => approveUndecided(request, current))}
          >
            {t('supervisorMode.review.approveRest')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={decided === 0}
            aria-describedby={`${uid}-sign-hint`}
            onClick={startSigning}
          >
            {t('supervisorMode.review.sign')}
          </button>
        </div>
        {/* In the sticky bar: the user may be far down the list when the save finishes. */}
        {signed && (
          <p role="status" className="notice">
            {t('supervisorMode.sign.done', { ...signed, name: request.candidate.name })}
          </p>
        )}
      </div>
      <p id={`${uid}-sign-hint`} className="field__hint">
        {t('supervisorMode.review.signHint')}
      </p>
      {missing.length > 0 && (
        <p role="alert" className="form__alert">
          {t('supervisorMode.review.missingComments', { count: missing.length })}
        </p>
      )}

      <ol className="review-list" aria-label={t('supervisorMode.review.listLabel')}>
        {request.entries.map((entry, index) => (
          <ReviewEntry
            key={entry.id}
            entry={entry}
            index={index}
            field={fieldNames.get(entry.field) ?? entry.field}
            value={reviewOf(review, entry.id)}
            missingComment={missingSet.has(entry.id)}
            onChange={change}
          />
        ))}
      </ol>

      <SignDialog
        open={signing}
        ownKey={ownKey}
        request={request}
        decisions={decisionsFromReview(request, review)}
        undecided={counts.undecided}
        onClose={() => setSigning(false)}
        onSigned={() => {
          setSigning(false);
          onUnsaved(false);
          setSigned({ approved: counts.approved, returned: counts.returned });
        }}
      />
    </section>
  );
}
