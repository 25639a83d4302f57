import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  criterionRef,
  JUDGEMENTS,
  MAX_REFLECTION_LENGTH,
  type Answer,
  type AnswerChange,
  type Evidence,
  type Round,
} from '../../../../shared/assessment/assessment';
import { RUBRIC_LEVELS, type FrameworkPack } from '../../../../shared/framework/pack';
import type { CriterionInContext } from '../../../../shared/framework/tree';
import { db } from '../../db';
import { saveAnswer } from '../../db/assessment-repository';
import { IdentityWarning } from '../confidentiality/IdentityWarning';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useSaveState } from './use-assessment';

/** Typing pauses this long before the reflection is saved (and at once on leaving the field). */
const REFLECTION_SAVE_DELAY_MS = 600;

interface Props {
  pack: FrameworkPack;
  item: CriterionInContext | undefined;
  round: Round;
  answer: Answer | undefined;
  evidence: Evidence[];
}

export function CriterionEditor({ pack, item, round, answer, evidence }: Props) {
  const { t } = useTranslation();
  const { state, run } = useSaveState();
  // The editor shows what the user chose at once; saving follows in the background.
  const [rubricLevel, setRubricLevel] = useState(answer?.rubricLevel);
  const [judgement, setJudgement] = useState(answer?.judgement);
  const [reflection, setReflection] = useState(answer?.reflection ?? '');
  const pending = useRef<number | null>(null);
  const readOnly = Boolean(round.closedAt);
  const criterionId = item?.criterion.id;

  const save = (change: AnswerChange) => {
    if (!criterionId) return;
    void run(() => saveAnswer(db, round.id, criterionId, change));
  };
  const flushReflection = (text: string) => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
    if (text !== (answer?.reflection ?? '')) save({ reflection: text });
  };
  // Never lose the last words typed: save what is pending when the editor goes away.
  const latest = useRef({ reflection, flushReflection });
  useEffect(() => {
    latest.current = { reflection, flushReflection };
  });
  useEffect(
    () => () => {
      if (pending.current !== null) latest.current.flushReflection(latest.current.reflection);
    },
    [],
  );

  if (!item) {
    return (
      <aside className="detail card" aria-label={t('assessment.title')}>
        <p className="muted">{t('assessment.editorEmpty')}</p>
      </aside>
    );
  }
  const domain = pack.domains.find((d) => d.id === item.unit.domain);

  return (
    <aside className="detail card editor" aria-labelledby="editor-question">
      <p className="eyebrow">
        {item.unit.code} · {item.element.title}
      </p>
      <p id="editor-question" className="detail__question">
        {item.criterion.question}
      </p>
      {item.criterion.description && <p className="muted">{item.criterion.description}</p>}

      <fieldset className="fieldset" disabled={readOnly}>
        <legend>{t('assessment.rubricLegend')}</legend>
        {RUBRIC_LEVELS.map((level, i) => {
          const descriptor = domain?.rubric[i];
          const hintId = `rubric-${level}-hint`;
          return (
            <label key={level} className="choice choice--stacked">
              <input
                type="radio"
                name="rubric"
                checked={rubricLevel === level}
                aria-describedby={hintId}
                onChange={() => {
                  setRubricLevel(level);
                  save({ rubricLevel: level });
                }}
              />
              <span>
                <strong>
                  {level} — {descriptor?.label}
                </strong>
                <span id={hintId} className="field__hint">
                  {descriptor?.description}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="fieldset" disabled={readOnly}>
        <legend>{t('assessment.judgementLegend')}</legend>
        {JUDGEMENTS.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="judgement"
              checked={judgement === option}
              onChange={() => {
                setJudgement(option);
                save({ judgement: option });
              }}
            />
            {t(`assessment.judgement${option}`)}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="reflection">{t('assessment.reflection')}</label>
        <p id="reflection-hint" className="field__hint">
          {t('assessment.reflectionHint')}
        </p>
        <textarea
          id="reflection"
          rows={4}
          maxLength={MAX_REFLECTION_LENGTH}
          readOnly={readOnly}
          aria-describedby="reflection-hint"
          value={reflection}
          onChange={(event) => {
            const text = event.target.value;
            setReflection(text);
            if (pending.current !== null) window.clearTimeout(pending.current);
            pending.current = window.setTimeout(
              () => flushReflection(text),
              REFLECTION_SAVE_DELAY_MS,
            );
          }}
          onBlur={() => flushReflection(reflection)}
        />
        <IdentityWarning text={reflection} />
      </div>
      <p className="save-state" role="status" aria-live="polite">
        {state.kind === 'saving' && t('assessment.saving')}
        {state.kind === 'saved' && t('assessment.saved')}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="form__alert">
          {t('assessment.saveFailed', { reason: state.reason })}
        </p>
      )}

      <EvidencePanel
        criterionRef={criterionRef(pack.id, item.criterion.id)}
        evidence={evidence}
        readOnly={readOnly}
      />
    </aside>
  );
}
