import { useState } from 'react';
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
import { useDb } from '../../db/context';
import { saveAnswer } from '../../db/assessment-repository';
import { IdentityWarning } from '../confidentiality';
import { EvidencePanel } from '../evidence';
import { useAutosavedText } from '../../ui/use-autosaved-text';
import { SaveStatus } from '../../ui/SaveStatus';
import { useSaveState } from '../../ui/use-save-state';

interface Props {
  pack: FrameworkPack;
  item: CriterionInContext | undefined;
  round: Round;
  answer: Answer | undefined;
  evidence: Evidence[];
}

export function CriterionEditor({ pack, item, round, answer, evidence }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const { state, run } = useSaveState();
  // The editor shows what the user chose at once; saving follows in the background.
  const [rubricLevel, setRubricLevel] = useState(answer?.rubricLevel);
  const [judgement, setJudgement] = useState(answer?.judgement);
  const readOnly = Boolean(round.closedAt);
  const criterionId = item?.criterion.id;

  const save = (change: AnswerChange) => {
    if (!criterionId) return;
    void run(() => saveAnswer(db, round.id, criterionId, change));
  };
  const reflection = useAutosavedText(answer?.reflection ?? '', (text) =>
    save({ reflection: text }),
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
          value={reflection.value}
          onChange={(event) => reflection.change(event.target.value)}
          onBlur={reflection.flush}
        />
        <IdentityWarning text={reflection.value} />
      </div>
      <SaveStatus state={state} />

      <EvidencePanel
        criterionRef={criterionRef(pack.id, item.criterion.id)}
        evidence={evidence}
        readOnly={readOnly}
      />
    </aside>
  );
}
