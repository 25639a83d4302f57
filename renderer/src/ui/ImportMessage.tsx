import type { FileKindId, FileProblem } from '../../../shared/files/file-problem';
import { FileProblemMessage } from './FileProblemMessage';

/** What came of importing a file: a line of text, or what is wrong with the file chosen. */
export type ImportOutcome =
  | { tone: 'ok' | 'error'; text: string }
  | { tone: 'error'; file: { name: string; problem: FileProblem } };

/** A status line for success, an alert for a problem, as an import card shows it. */
export function ImportMessage({ message, kind }: { message: ImportOutcome; kind: FileKindId }) {
  return (
    <div
      role={message.tone === 'error' ? 'alert' : 'status'}
      className={message.tone === 'error' ? 'form__alert' : 'notice'}
    >
      {'file' in message ? (
        <FileProblemMessage name={message.file.name} problem={message.file.problem} kind={kind} />
      ) : (
        <p>{message.text}</p>
      )}
    </div>
  );
}
