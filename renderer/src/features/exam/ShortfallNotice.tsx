import { useTranslation } from 'react-i18next';
import type { ExamAttempt } from '../../../../shared/exam/attempt';

/** Says how a simulation's draw falls short of the blueprint; nothing when it does not. */
export function ShortfallNotice({ attempt }: { attempt: ExamAttempt }) {
  const { t } = useTranslation();
  const { shortfalls, missing } = attempt;
  if (shortfalls.length === 0 && missing === 0) return null;
  const cells = shortfalls
    .map((s) =>
      t('exam.shortfallCell', {
        domain: t(`exam.domains.${s.domain}`),
        difficulty: t(`exam.difficulties.${s.difficulty}`).toLowerCase(),
        available: s.available,
        wanted: s.wanted,
      }),
    )
    .join('; ');
  return (
    <div className="notice" data-testid="shortfall">
      {shortfalls.length > 0 && <p>{t('exam.shortfall', { cells })}</p>}
      {missing > 0 && <p>{t('exam.missing', { count: attempt.itemIds.length })}</p>}
    </div>
  );
}
