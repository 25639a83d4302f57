import { useTranslation } from 'react-i18next';
import { MAX_REPORTED_ISSUES, type FileProblem } from '../../../../shared/files/read-json-file';
import { currentLanguage } from '../../i18n';
import { formatBytes } from '../../ui/format';

/** Says what is wrong with an imported file and where, so the user can fix it. */
export function ImportProblem({ name, problem }: { name: string; problem: FileProblem }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  switch (problem.kind) {
    case 'too-large':
      return (
        <p>
          {t('packs.errors.tooLarge', {
            name,
            size: formatBytes(problem.size, language),
            max: formatBytes(problem.maxBytes, language),
          })}
        </p>
      );
    case 'empty':
      return <p>{t('packs.errors.empty', { name })}</p>;
    case 'not-text':
      return <p>{t('packs.errors.notText', { name })}</p>;
    case 'not-json':
      return <p>{t('packs.errors.notJson', { name, detail: problem.detail })}</p>;
    case 'invalid':
      return (
        <>
          <p>{t('packs.errors.invalid', { name })}</p>
          <ul className="issues">
            {problem.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || t('packs.errors.wholeFile')}</code>: {issue.message}
              </li>
            ))}
          </ul>
          {problem.issues.length >= MAX_REPORTED_ISSUES && (
            <p>{t('packs.errors.more', { count: MAX_REPORTED_ISSUES })}</p>
          )}
        </>
      );
  }
}
