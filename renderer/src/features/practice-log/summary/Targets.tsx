import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../../ui/paths';
import type { PracticeConfig } from '../../../../../shared/practice/config';
import {
  DEFAULT_TOTAL_TARGET_HOURS,
  targetProgress,
  type PracticeTotals,
  type TargetProgress,
} from '../../../../../shared/practice/totals';
import { useFormat } from '../../../ui/format';
import { valueLabel } from '../../../ui/practice-labels';

/** The total target and each minimum, with how far the hours have come. */
export function Targets({ totals, config }: { totals: PracticeTotals; config: PracticeConfig }) {
  const { t } = useTranslation();
  const { totalHours, minimums } = config.targets;
  return (
    <section className="card" aria-labelledby="summary-targets-title">
      <h2 id="summary-targets-title">{t('practiceSummary.targets.title')}</h2>
      {targetProgress(totals, config.targets).map((progress) => (
        <TargetMeter
          key={`${progress.dimension}:${progress.value}`}
          progress={progress}
          config={config}
        />
      ))}
      {totalHours === DEFAULT_TOTAL_TARGET_HOURS && (
        <p className="muted small">
          {t('practiceSummary.targets.defaultNote', { hours: DEFAULT_TOTAL_TARGET_HOURS })}
        </p>
      )}
      {minimums.length === 0 && (
        <p className="muted small">{t('practiceSummary.targets.noMinimums')}</p>
      )}
      <Link to={PAGES.practiceSettings}>{t('practiceSummary.targets.change')}</Link>
    </section>
  );
}

function TargetMeter({ progress, config }: { progress: TargetProgress; config: PracticeConfig }) {
  const { t } = useTranslation();
  const labelId = useId();
  const format = useFormat();
  const { dimension, value, targetHours, doneHours, ratio } = progress;
  const label =
    dimension === 'total'
      ? t('practiceSummary.targets.total')
      : t('practiceSummary.targets.minimum', {
          dimension: t(`practiceSummary.dimensions.${dimension}`),
          value: valueLabel(t, dimension, value, config),
        });
  const amounts = { done: format.number(doneHours, 2), target: format.number(targetHours, 2) };
  // Rounded down, so 100% only shows once the target is really met.
  const percent = format.percent(Math.floor(ratio * 100) / 100);
  const remaining = Math.round((targetHours - doneHours) * 100) / 100;
  return (
    <div className="meter target-meter">
      <div className="meter__label">
        <span id={labelId}>{label}</span>
        <span>
          {t('practiceSummary.targets.progress', amounts)} · {percent}
        </span>
      </div>
      <progress
        aria-labelledby={labelId}
        aria-valuetext={t('practiceSummary.targets.valueText', { ...amounts, percent })}
        max={targetHours}
        value={Math.min(doneHours, targetHours)}
      />
      <p className="target-meter__note">
        {remaining > 0 ? (
          t('practiceSummary.targets.remaining', { hours: format.number(remaining, 2) })
        ) : (
          <strong className="target-meter__reached">
            <span aria-hidden="true">✓ </span>
            {t('practiceSummary.targets.reached')}
          </strong>
        )}
      </p>
    </div>
  );
}
