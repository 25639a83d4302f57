import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionRef } from '../../../../shared/assessment/assessment';
import { allCriteria } from '../../../../shared/framework/tree';
import { normalise } from '../../../../shared/practice/filter';
import { useActivePack } from '../../queries/packs';

/** Shown at most; typing narrows the list, which stays quick with a thousand criteria. */
const MAX_SHOWN = 60;

interface Props {
  value: readonly string[];
  onChange(refs: string[]): void;
}

/** Ticks the framework criteria an entry demonstrates, so it can count as evidence. */
export function CriteriaPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const active = useActivePack();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const criteria = useMemo(
    () =>
      active
        ? allCriteria(active.pack).map(({ unit, criterion }) => ({
            ref: criterionRef(active.pack.id, criterion.id),
            label: `${criterion.id} · ${criterion.question}`,
            text: normalise(`${unit.code} ${unit.title} ${criterion.id} ${criterion.question}`),
          }))
        : [],
    [active],
  );
  const chosen = new Set(value);
  const words = normalise(deferred).split(/\s+/).filter(Boolean);
  const matches = criteria.filter((c) => words.every((w) => c.text.includes(w)));
  // Chosen criteria stay visible whatever the search, so they can be unticked.
  const shown = [
    ...criteria.filter((c) => chosen.has(c.ref)),
    ...matches.filter((c) => !chosen.has(c.ref)).slice(0, MAX_SHOWN),
  ];
  const unknown = value.filter((ref) => !criteria.some((c) => c.ref === ref));
  const toggle = (ref: string, on: boolean) =>
    onChange(on ? [...value, ref] : value.filter((r) => r !== ref));

  return (
    <fieldset className="fieldset criteria-picker">
      <legend>{t('practice.form.criteria', { count: value.length })}</legend>
      <label htmlFor={searchId} className="field__hint">
        {t('practice.form.criteriaSearch')}
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="criteria-picker__list">
        {unknown.map((ref) => (
          <label key={ref} className="choice">
            <input type="checkbox" checked onChange={() => toggle(ref, false)} />
            {ref} <span className="muted small">{t('practice.form.otherPack')}</span>
          </label>
        ))}
        {shown.map((c) => (
          <label key={c.ref} className="choice">
            <input
              type="checkbox"
              checked={chosen.has(c.ref)}
              onChange={(event) => toggle(c.ref, event.target.checked)}
            />
            {c.label}
          </label>
        ))}
        {matches.length > MAX_SHOWN && (
          <p className="muted small">
            {t('practice.form.criteriaMore', { count: matches.length - MAX_SHOWN })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
