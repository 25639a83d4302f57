import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../shared/files/file-kinds';
import type { FileKindId, FileProblem } from '../../../shared/files/file-problem';
import { MAX_REPORTED_ISSUES } from '../../../shared/files/read-json-file';
import { useFormat } from './format';

/** What to look for in a file name: ".json", or ".csv, .txt". */
const extensionsOf = (id: FileKindId) =>
  FILE_KINDS[id].extensions.map((extension) => `.${extension}`).join(', ');

/**
 * Says what is wrong with an opened file, which file it is, and how to get a good one. Whatever
 * comes from the file (its name, what zod says about its content) is rendered as text only.
 */
export function FileProblemMessage(props: {
  name: string;
  problem: FileProblem;
  kind: FileKindId;
}) {
  const { name, problem } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const vars = {
    name,
    kind: t(`fileProblems.kinds.${props.kind}`),
    extensions: extensionsOf(props.kind),
  };
  switch (problem.kind) {
    case 'too-large':
      return (
        <p>
          {t('fileProblems.tooLarge', {
            ...vars,
            size: format.bytes(problem.size),
            max: format.bytes(problem.maxBytes),
          })}
        </p>
      );
    case 'empty':
      return <p>{t('fileProblems.empty', vars)}</p>;
    case 'not-text':
      // A spreadsheet saves CSV in several encodings; say which one to choose.
      return (
        <p>
          {props.kind === 'csv'
            ? t('fileProblems.notTextCsv', vars)
            : t('fileProblems.notText', vars)}
        </p>
      );
    case 'not-json':
      return <p>{t('fileProblems.notJson', { ...vars, detail: problem.detail })}</p>;
    case 'truncated':
      return <p>{t('fileProblems.truncated', vars)}</p>;
    case 'wrong-type':
      return (
        <p>
          {t('fileProblems.wrongType', {
            ...vars,
            found: t(`fileProblems.kinds.${problem.found}`),
            foundExtensions: extensionsOf(problem.found),
          })}
        </p>
      );
    case 'wrong-version': {
      const { found, supported } = problem;
      const key = found > supported ? 'fileProblems.newerVersion' : 'fileProblems.olderVersion';
      return <p>{t(key, { ...vars, found, supported })}</p>;
    }
    case 'invalid':
      return (
        <>
          <p>{t('fileProblems.invalid', vars)}</p>
          <ul className="issues">
            {problem.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || t('fileProblems.wholeFile')}</code>:{' '}
                {issue.code ? t(`fileProblems.issues.${issue.code}`, issue.params) : issue.message}
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
