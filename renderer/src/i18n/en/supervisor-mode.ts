import type { Messages } from '../catalogue';

export default {
  title: 'Supervisor mode',
  lead: 'This page is for supervisors: review the practice entries a candidate sent you, then approve or return them with a digital signature, with no server and no internet. Your private key never leaves this computer unless you save its passphrase-locked backup yourself.',
  deleted: 'The key was deleted from this computer.',
  errors: {
    required: 'Required.',
    tooLong: 'Too long: at most {{max}} characters.',
    passphraseShort:
      'The passphrase needs at least {{min}} characters. Join a few words so it is long but easy to remember.',
    passphraseMismatch: 'This is not the same as the passphrase above. Type it again carefully.',
    wrongPassphrase:
      'Wrong passphrase. Check upper and lower case, spaces and Caps Lock, then try again.',
    unexpected: 'Something unexpected went wrong: {{detail}}',
    duplicateEntry: 'The same entry is listed more than once.',
  },
  setup: {
    intro:
      'This computer does not have your signing key yet. Create a new key, or restore one from a backup if you made it on another computer.',
  },
  create: {
    title: 'Create a new key',
    intro: 'These details appear on your key card and on every response you sign.',
    name: 'Full name',
    role: 'Position and agency',
    roleHint: 'For example: Senior Social Worker, Bandung City Social Affairs Office.',
    strNumber: 'STR number',
    strNumberHint: 'Your social-work registration certificate (STR) number, if you have one.',
    contact: 'Contact',
    contactHint: 'An email address or phone number candidates can reach you at.',
    passphrase: 'Passphrase',
    passphraseHint:
      'At least {{min}} characters; asked every time you sign. Without this passphrase the key cannot be used, and nobody can recover it. Write it down somewhere safe.',
    passphraseLeft_one: '{{count}} more character needed.',
    passphraseLeft_other: '{{count}} more characters needed.',
    repeat: 'Repeat the passphrase',
    submit: 'Create key',
    busy: 'Creating the key… this takes a few seconds.',
    failed: 'The key could not be created: {{reason}}',
  },
  restore: {
    title: 'Restore from a backup',
    intro:
      'Choose the key backup file (.kompeten-kunci) you saved earlier, then enter its passphrase.',
    open: 'Choose backup file',
    chosen: 'File "{{name}}" holds the key of {{owner}} with fingerprint {{fingerprint}}.',
    passphrase: 'Backup passphrase',
    submit: 'Restore key',
    busy: 'Opening the backup… this takes a few seconds.',
    mismatch:
      'The key in "{{name}}" does not match its own fingerprint, so it cannot be used. The file may be damaged or changed; choose another backup you saved.',
  },
  key: {
    title: 'Your key',
    ready:
      'Your key is ready. Save a backup now: if this computer breaks or is lost, the same key cannot be made again.',
    name: 'Name',
    role: 'Position and agency',
    strNumber: 'STR number',
    contact: 'Contact',
    notSet: 'not given',
    fingerprint: 'Key fingerprint',
    fingerprintHint:
      'Read this fingerprint out to your candidate, in person or by phone, so they can compare it with the key card they received.',
    saveCard: 'Save public key card',
    saveCardHint:
      'Give this file to your candidates so they can register your key. The card is safe to share.',
    cardSaved: 'Public key card saved. Send it to your candidate.',
    saveBackup: 'Save key backup',
    saveBackupHint:
      'For moving the key to another computer. The backup is locked with your passphrase, but still keep it private and never share it with anyone, candidates included.',
    backupSaved: 'Key backup saved. Keep it somewhere only you can open.',
    saveFailed: 'The file could not be saved: {{reason}}',
    delete: 'Delete key',
    deleteTitle: 'Delete the key from this computer?',
    deleteBody:
      'Once deleted, you can no longer sign responses with this key, and candidates who registered it will need to register your new key. Signatures already sent stay valid. If you saved a backup, the key can be restored from it.',
    deleteConfirm: 'Delete key',
    deleteFailed: 'The key could not be deleted: {{reason}}',
    cancel: 'Cancel',
  },
  review: {
    title: 'Review a sign-off request',
    intro:
      'Candidates send you a request file (.kompeten-permintaan) with the practice entries they want you to check.',
    open: 'Open request',
    memoryOnly:
      'Your decisions are kept only while this page is open. Closing the page or the app discards decisions that have not been signed and saved as a response.',
    replaceTitle: 'Replace the request under review?',
    replaceBody:
      'Decisions for the request from {{name}} that were not saved as a response will be lost. Choose Cancel to go on with that review.',
    replaceConfirm: 'Replace request',
    cancel: 'Cancel',
    from: 'Request from {{name}}',
    candidate: 'Candidate',
    candidateStr: 'Candidate’s STR number',
    created: 'Created',
    meantFor: 'Meant for',
    entries: 'Entries',
    total: 'Total hours',
    otherKey:
      'This request is meant for {{name}} with fingerprint {{expected}}, not for your key ({{own}}). You can still review it, but the candidate’s app will refuse a response signed with another key. Check with the candidate first.',
    counts: '{{approved}} approved · {{returned}} returned · {{undecided}} undecided',
    approveRest: 'Approve all undecided',
    sign: 'Sign & save response',
    signHint:
      'Available once you have made at least one decision. Entries without a decision are left out of the response.',
    missingComments_one:
      '{{count}} entry is returned without a reason. Write what needs fixing in the comment marked in red.',
    missingComments_other:
      '{{count}} entries are returned without a reason. Write what needs fixing in the comments marked in red.',
    listLabel: 'Entries in the request',
    openFailed: 'The request could not be opened: {{reason}}',
  },
  entry: {
    heading: 'Entry {{number}} · {{date}}',
    durationOnly: 'no start or end time',
    agency: 'Agency',
    setting: 'Setting',
    field: 'Field',
    activity: 'Activity',
    level: 'Practice level',
    form: 'Form of practice',
    stage: 'Helping stage',
    criteria: 'Related criteria',
    candidateWord: '{{label}} (the candidate’s term)',
    noCriteria: 'None',
    noNarrative: 'No narrative.',
    decision: 'Decision for entry {{number}}',
    approve: 'Approve',
    return: 'Return',
    clear: 'Clear decision',
    comment: 'Comment for the candidate',
    commentHint: 'Required when returning: say what needs fixing.',
    commentRequired: 'Say why this entry is returned, so the candidate knows what to fix.',
  },
  sign: {
    title: 'Sign the response',
    summary:
      'You are about to sign your decisions for {{name}}: {{approved}} approved, {{returned}} returned.',
    leftOut_one:
      '{{count}} entry without a decision is left out; the candidate can ask again later.',
    leftOut_other:
      '{{count}} entries without a decision are left out; the candidate can ask again later.',
    passphrase: 'Key passphrase',
    submit: 'Sign & save',
    busy: 'Signing… this takes a few seconds.',
    cancel: 'Cancel',
    notSaved:
      'The response was not saved because saving was cancelled. Press "Sign & save" again to choose where.',
    done: 'The response is signed and saved: {{approved}} approved, {{returned}} returned. Send that .kompeten-jawaban file back to {{name}}, by email or a message for example, so they can import it under Practice hours.',
  },
} satisfies Messages<'supervisorMode'>;
