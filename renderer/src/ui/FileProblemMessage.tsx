import { useTranslation } from 'react-i18next';
import { MAX_REPORTED_ISSUES, type FileProblem } from '../../../shared/files/read-json-file';
import { currentLanguage } from '../i18n';
import { formatBytes } from './format';

export type ImportedFileKind =
  'pack' | 'request' | 'response' | 'keyCard' | 'keyBackup' | 'portfolioBundle';

/** Says what is wrong with an imported file and where, so the user can fix it. */
export function FileProblemMessage(props: {
  name: string;
  problem: FileProblem;
  kind: ImportedFileKind;
}) {
  const { name, problem } = props;
  const { t, i18n } = useTranslation();
  const kind = t(`fileProblems.kinds.${props.kind}`);
  const language = currentLanguage(i18n);
  switch (problem.kind) {
    case 'too-large':
      return (
        <p>
          {t('fileProblems.tooLarge', {
            name,
            kind,
            size: formatBytes(problem.size, language),
            max: formatBytes(problem.maxBytes, language),
          })}
        </p>
      );
    case 'empty':
      return <p>{t('fileProblems.empty', { name })}</p>;
    case 'not-text':
      return <p>{t('fileProblems.notText', { name, kind })}</p>;
    case 'not-json':
      return <p>{t('fileProblems.notJson', { name, detail: problem.detail })}</p>;
    case 'invalid':
      return (
        <>
          <p>{t('fileProblems.invalid', { name, kind })}</p>
          <ul className="issues">
            {problem.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || t('fileProblems.wholeFile')}</code>: {issue.message}
              </li>
            ))}
          </ul>
          {problem.issues.length >= MAX_REPORTED_ISSUES && (
            <p>{t('fileProblems.more', { count: MAX_REPORTED_ISSUES })}</p>
          )}
        </>
      );
  }
}
