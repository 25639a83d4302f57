import type { Messages } from '../catalogue';

export default {
  kinds: {
    pack: 'framework pack',
    bank: 'question bank',
    request: 'sign-off request',
    response: 'supervisor response',
    keyCard: 'supervisor public key card',
    keyBackup: 'supervisor key backup',
    portfolioBundle: 'portfolio data file',
    csv: 'practice log CSV file',
    backup: 'Kompeten backup',
  },
  tooLarge:
    'File "{{name}}" is too large ({{size}}); the limit is {{max}}. Make sure you chose a {{kind}} ({{extensions}}).',
  empty:
    'File "{{name}}" is empty. It may not have finished saving; save the {{kind}} again, then open it again.',
  notText:
    'File "{{name}}" is not a text file, so it is not a {{kind}}. Choose a {{kind}} ({{extensions}}).',
  notTextCsv:
    'File "{{name}}" is not CSV text. In your spreadsheet, choose Save as → CSV UTF-8, then import that file.',
  notJson:
    'File "{{name}}" does not hold valid JSON ({{detail}}), so it is not a {{kind}}. Choose a {{kind}} ({{extensions}}) saved by Kompeten.',
  truncated:
    'File "{{name}}" is cut short: its content stops part-way, probably because copying or downloading it did not finish. Copy or download the file again, then open it again.',
  wrongType:
    'File "{{name}}" is a {{found}} ({{foundExtensions}}), not a {{kind}}. Choose a {{kind}} ({{extensions}}).',
  newerVersion:
    'File "{{name}}" was made by a newer version of Kompeten ({{kind}} format version {{found}}; this app reads version {{supported}}). Update Kompeten, then open the file again.',
  olderVersion:
    'File "{{name}}" uses {{kind}} format version {{found}}, which this app no longer reads (it reads version {{supported}}). Ask whoever sent it to make it again with the latest Kompeten.',
  invalid:
    'File "{{name}}" was not accepted because its content does not match the {{kind}} format. Nothing was changed. The problems:',
  more: 'Only the first {{count}} problems are shown.',
  wholeFile: '(whole file)',
  issues: {
    'duplicate-record': 'this record appears twice',
    'orphan-file': 'this file belongs to no evidence item',
    'file-size-mismatch': 'this file is not the size its evidence item states',
    'file-missing': 'this evidence file is not in the backup',
    'duplicate-id': 'this id is already used at {{first}}',
    'duplicate-question': 'the same question as {{first}}',
    'option-order': 'option {{position}} must be labelled {{expected}}',
    'key-not-option': 'the key {{key}} is not one of the options',
    'duplicate-option': 'two options say the same',
    'source-not-listed': 'source {{source}} is not listed in the sources',
    'key-not-id-version': 'the key is not the content’s id@version',
    'domain-missing': 'domain {{domain}} is missing',
    'weights-not-100': 'the exam weights add up to {{total}}, not 100',
    'id-used-twice': 'id {{id}} is already used at {{first}}',
    'level-not-declared': 'level {{level}} is not declared in the pack’s levels',
    'nested-too-deep': 'nested more than {{max}} levels deep',
    'entries-per-item': 'answers and flags need one entry per item',
    'item-picked-twice': 'an item is picked twice',
    'answer-not-picked': 'an answer is for an item the session did not pick',
    'item-answered-twice': 'an item is answered twice',
    'finished-when-answered': 'a session is finished exactly when every picked item is answered',
    'unsafe-link': 'this link is not a safe https link',
    'check-interrupted':
      'checking the file stopped before it was done ({{reason}}), so it was not accepted. Try opening it once more; if that fails too, the file may be damaged or too large to check',
    'checking-stopped':
      'checking stopped after {{after}} elements because too many were wrong; this file does not look like one Kompeten made',
    'id-format':
      'an id uses letters, digits, dot, dash and underscore, starts with a letter or digit and has at most {{max}} characters',
    'date-format': 'a date is written YYYY-MM-DD, for example 2026-03-31',
    'version-format': 'a version is written like 1.0 or 1.0.2',
    'language-code': 'a language code such as id or en',
    'checksum-format': 'a SHA-256 checksum: 64 characters 0–9 and a–f',
  },
} satisfies Messages<'fileProblems'>;
