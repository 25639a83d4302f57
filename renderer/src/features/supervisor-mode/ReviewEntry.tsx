import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PRACTICE_CONFIG } from '../../../../shared/practice/config';
import type { PracticeDimension } from '../../../../shared/practice/totals';
import type { SignableEntry } from '../../../../shared/signoff/signable';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/format';
import { valueLabel } from '../../ui/practice-labels';
import { MAX_COMMENT_LENGTH, type EntryReview } from './review';

/** The comment box of the entry at `index`, so the page can take the user to one that is missing. */
export const commentId = (index: number) => `review-${index}-comment`;

const DETAILS = [
  ['activityKind', 'activity'],
  ['practiceLevel', 'level'],
  ['practiceForm', 'form'],
  ['stage', 'stage'],
] as const satisfies readonly (readonly [PracticeDimension, string])[];

interface Props {
  entry: SignableEntry;
  index: number;
  /** The field of practice in words, from the request's own labels when it has them. */
  field: string;
  value: EntryReview;
  /** Returned without a comment after the supervisor tried to sign. */
  missingComment: boolean;
  onChange(entryId: string, change: Partial<EntryReview>): void;
}

/** One requested entry as the supervisor reads it, with their decision and comment. */
export const ReviewEntry = memo(function ReviewEntry(props: Props) {
  const { entry, index, field, value, missingComment, onChange } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const number = index + 1;
  const prefix = `review-${index}`;
  const returned = value.decision === 'returned';
  const details = DETAILS.flatMap(([dimension, label]) => {
    const words = valueLabel(t, dimension, entry[dimension], DEFAULT_PRACTICE_CONFIG);
    return words ? [{ label, words }] : [];
  });
  return (
    <li
      className={`review-entry review-entry--${value.decision ?? 'undecided'}`}
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`} className="review-entry__title">
        {t('supervisorMode.entry.heading', {
          number,
          date: format.day(entry.date, { dateStyle: 'full' }),
        })}
      </h3>
      <p className="review-entry__when">
        {entry.startTime
          ? `${entry.startTime}–${entry.endTime}`
          : t('supervisorMode.entry.durationOnly')}{' '}
        · <strong>{format.hours(entry.minutes)}</strong>
      </p>
      <dl className="review-entry__facts">
        <div>
          <dt>{t('supervisorMode.entry.agency')}</dt>
          <dd>{entry.agency}</dd>
        </div>
        {entry.setting && (
          <div>
            <dt>{t('supervisorMode.entry.setting')}</dt>
            <dd>{entry.setting}</dd>
          </div>
        )}
        {field && (
          <div>
            <dt>{t('supervisorMode.entry.field')}</dt>
            <dd>{field}</dd>
          </div>
        )}
        {details.map(({ label, words }) => (
          <div key={label}>
            <dt>{t(`supervisorMode.entry.${label}`)}</dt>
            <dd>{words}</dd>
          </div>
        ))}
        <div>
          <dt>{t('supervisorMode.entry.criteria')}</dt>
          {/* Signed along with the entry, so the supervisor sees each one, not just a count. */}
          <dd>
            {entry.criterionRefs.length === 0
              ? t('supervisorMode.entry.noCriteria')
              : entry.criterionRefs.map((ref) => ref.slice(ref.indexOf('/') + 1)).join(', ')}
          </dd>
        </div>
      </dl>
      {entry.narrative ? (
        <p className="review-entry__narrative">{entry.narrative}</p>
      ) : (
        <p className="muted">{t('supervisorMode.entry.noNarrative')}</p>
      )}
      <fieldset className="review-entry__decision">
        <legend>{t('supervisorMode.entry.decision', { number })}</legend>
        {(['approved', 'returned'] as const).map((decision) => (
          <label key={decision} className="choice">
            <input
              type="radio"
              name={`${prefix}-decision`}
              value={decision}
              checked={value.decision === decision}
              onChange={() => onChange(entry.id, { decision })}
            />
            {t(`supervisorMode.entry.${decision === 'approved' ? 'approve' : 'return'}`)}
          </label>
        ))}
        {value.decision && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(entry.id, { decision: null })}
          >
            {t('supervisorMode.entry.clear')}
          </button>
        )}
      </fieldset>
      <Field
        id={commentId(index)}
        label={t('supervisorMode.entry.comment')}
        hint={returned ? t('supervisorMode.entry.commentHint') : undefined}
        error={missingComment ? t('supervisorMode.entry.commentRequired') : undefined}
        required={returned}
      >
        {(describedBy) => (
          <textarea
            id={commentId(index)}
            rows={2}
            maxLength={MAX_COMMENT_LENGTH}
            value={value.comment}
            aria-invalid={missingComment || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(entry.id, { comment: event.target.value })}
          />
        )}
      </Field>
    </li>
  );
});
