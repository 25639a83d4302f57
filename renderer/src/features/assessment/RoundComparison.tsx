import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Round } from '../../../../shared/assessment/assessment';
import { compareRounds } from '../../../../shared/assessment/compare';
import type { CriterionInContext } from '../../../../shared/framework/tree';
import { useAnswers } from './use-assessment';
import { useRounds } from './use-rounds';

/** Two rounds side by side: only the criteria whose rating or K/BK changed. */
export function RoundComparison({ criteria }: { criteria: CriterionInContext[] }) {
  const { t } = useTranslation();
  const rounds = useRounds();
  if (!rounds || rounds.length < 2) return null;
  return (
    <details className="card">
      <summary>
        <h2 className="inline-heading">{t('compare.title')}</h2>
      </summary>
      <p className="muted">{t('compare.intro')}</p>
      <Comparison rounds={rounds} criteria={criteria} />
    </details>
  );
}

function Comparison({ rounds, criteria }: { rounds: Round[]; criteria: CriterionInContext[] }) {
  const { t } = useTranslation();
  const [fromId, setFromId] = useState(rounds.at(-2)?.id ?? '');
  const [toId, setToId] = useState(rounds.at(-1)?.id ?? '');
  const before = useAnswers(fromId);
  const after = useAnswers(toId);
  const changes = useMemo(
    () =>
      before && after
        ? compareRounds(
            criteria.map((c) => c.criterion.id),
            before,
            after,
          ).filter((c) => c.kind !== 'unchanged')
        : [],
    [before, after, criteria],
  );
  const question = new Map(criteria.map((c) => [c.criterion.id, c.criterion.question]));
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  const cell = (answer?: Pick<Answer, 'rubricLevel' | 'judgement'>) =>
    [answer?.rubricLevel, answer?.judgement].filter(Boolean).join(' · ') || t('compare.empty');

  const picker = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {t('compare.roundOption', { number: r.number })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <div className="filters__facets">
        {picker('compare-from', t('compare.from'), fromId, setFromId)}
        {picker('compare-to', t('compare.to'), toId, setToId)}
      </div>
      <p role="status">
        {changes.length === 0
          ? t('compare.none')
          : t('compare.summary', {
              improved: count('improved'),
              declined: count('declined'),
              changed: count('changed'),
            })}
      </p>
      {changes.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('compare.criterion')}</th>
              <th scope="col">{t('compare.before')}</th>
              <th scope="col">{t('compare.after')}</th>
              <th scope="col">{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.criterionId}>
                <td>{question.get(change.criterionId) ?? change.criterionId}</td>
                <td>{cell(change.before)}</td>
                <td>{cell(change.after)}</td>
                <td className={`change change--${change.kind}`}>
                  {t(`compare.kinds.${change.kind}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
