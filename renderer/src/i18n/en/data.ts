import type { Messages } from '../catalogue';

export default {
  title: 'Data & Backup',
  intro:
    'All your data is stored on this device only. A backup is one file holding all of it (profile, self-assessment, evidence with its files, portfolio, practice hours and supervisor signatures) to keep somewhere else or move to another computer.',
  tables: {
    profile: 'Profile',
    settings: 'Settings',
    packs: 'Framework packs',
    rounds: 'Self-assessment rounds',
    answers: 'Self-assessment answers',
    evidence: 'Evidence',
    essays: 'Self-description',
    cvEntries: 'CV entries',
    practiceEntries: 'Practice-log entries',
    supervisors: 'Supervisors',
    ownKey: 'Supervisor-mode key',
    examAttempts: 'Written-test simulations',
    itemReviews: 'Practice review schedule',
    questionBanks: 'Imported question banks',
    drillSessions: 'Short practice sessions',
    knownKeys: 'Known supervisor keys',
    files: 'Evidence files',
  },
  reasons: {
    manual: 'Made by you',
    schedule: 'Scheduled',
    quit: 'When the app closed',
    upgrade: 'Before a version update',
    'before-restore': 'Before a restore',
  },
  backup: {
    title: 'Make a backup',
    body: 'Keep the backup file on a USB drive, your own cloud storage or another computer. It holds your notes about clients, so keep it somewhere safe or lock it with a passphrase.',
    lock: 'Lock with a passphrase',
    lockHint:
      'The passphrase is not stored anywhere. If it is forgotten, nobody can open this backup, you included.',
    passphrase: 'Passphrase',
    passphraseHint:
      'At least {{min}} characters. A few random words are easier to remember and stronger.',
    confirm: 'Repeat the passphrase',
    errors: {
      tooShort: 'The passphrase needs at least {{min}} characters.',
      mismatch: 'The two passphrases differ. Type it again here.',
    },
    save: 'Save backup…',
    download: 'Download backup',
    working: 'Preparing the backup…',
    saved: 'Backup saved as "{{name}}".',
    cancelled: 'Saving was cancelled; no new backup was made.',
    failed: 'The backup could not be made: {{message}}',
    filterName: 'Kompeten backup',
  },
  restore: {
    title: 'Restore from a backup',
    body: 'Choose a backup file to see what is in it first. Nothing changes until you choose how to restore and press Restore.',
    choose: 'Choose a backup file…',
    reading: 'Reading and checking the file…',
    passphraseTitle: 'This backup is locked',
    passphraseBody:
      'The backup "{{name}}" is locked with a passphrase. Enter it to open the backup.',
    unlock: 'Open',
    unlocking: 'Unlocking…',
    wrongPassphrase:
      'The passphrase is wrong, or the file changed after it was locked. Check upper and lower case and try again.',
    previewTitle: 'Contents of "{{name}}"',
    madeAt: 'Made',
    reason: 'Reason',
    appVersion: 'Kompeten version',
    unknownVersion: 'not recorded',
    locked: 'Locked',
    lockedYes: 'Yes, with a passphrase',
    lockedNo: 'No',
    olderSchema:
      'This backup was made by an older version of Kompeten. Its data is brought up to date as it is restored.',
    caption: 'The backup compared with the data on this device',
    columns: {
      table: 'Data',
      inFile: 'In the backup',
      here: 'On this device',
      difference: 'Difference',
    },
    difference: {
      added: '{{count}} new',
      newerInFile: '{{count}} newer in the backup',
      newerHere: '{{count}} newer here',
      differ: '{{count}} different, with no date to compare',
      onlyHere: '{{count}} only here',
      same: 'Same',
    },
    filesFollow: 'Follow their evidence items',
    modeLegend: 'How to restore',
    merge: 'Merge (recommended)',
    mergeHint:
      'New records from the backup are added, and records that are newer in the backup replace the ones here. Records here that are newer, exist only here, or differ with no date to compare are kept.',
    replace: 'Replace everything',
    replaceHint: 'All data on this device is replaced by exactly what the backup holds.',
    keptOnMerge_one:
      '{{count}} record here is kept because it is newer or cannot be compared (see the table).',
    keptOnMerge_other:
      '{{count}} records here are kept because they are newer or cannot be compared (see the table).',
    lostOnReplace_one: '{{count}} record that exists only here or is newer here will be gone.',
    lostOnReplace_other: '{{count}} records that exist only here or are newer here will be gone.',
    safetyFolder:
      'Before restoring, Kompeten saves a copy of the current data in the automatic backups folder.',
    safetyDownload:
      'Before restoring, Kompeten downloads a copy of the current data. Keep that file until you are sure the restore is right.',
    start: 'Restore',
    close: 'Close',
    cancel: 'Cancel',
    confirmReplaceTitle: 'Replace all data?',
    confirmReplaceBody:
      '{{lost}} A copy of the current data is saved first, so it can still be restored.',
    confirmReplace: 'Replace everything',
    stages: {
      safety: 'Saving a copy of the current data…',
      restoring: 'Restoring…',
    },
    done: 'Data restored from "{{name}}".',
    doneSafety: 'Copy of the data before the restore: "{{name}}".',
    safetyCancelled:
      'The restore was cancelled because the copy of the current data was not saved. Nothing changed.',
    failed: 'The restore failed and nothing changed: {{message}}',
    problems: {
      notBackup: '"{{name}}" is not a Kompeten backup. Choose a file ending in .kompeten-cadangan.',
      damaged:
        '"{{name}}" is damaged or cut short (part "{{part}}" cannot be read), perhaps because copying did not finish. Nothing changed. Copy the file again from where it came from, or choose another backup.',
      checksum:
        'The contents of "{{name}}" do not match their checksum (part "{{part}}"): the file changed or was damaged after it was made. Nothing changed. Choose another backup.',
      newerSchema:
        'The backup "{{name}}" was made by Kompeten {{appVersion}}, newer than this app. Update Kompeten, then restore again.',
    },
  },
  auto: {
    title: 'Automatic backups',
    body: 'The desktop app makes its own backup every day, when it closes, and before data is brought up to a new version. These backups live outside the app’s database, so they survive an update that wipes it. The newest 14 are kept.',
    folder: 'Folder: {{folder}}',
    empty: 'No automatic backups yet. The first is made as soon as there is data to back up.',
    caption: 'Automatic backups, newest first',
    columns: { when: 'When', reason: 'Reason', size: 'Size', action: 'Action' },
    restore: 'Restore…',
    restoreLabel: 'Restore the backup of {{when}}',
    missing: 'The backup "{{name}}" is no longer in the folder. The list was refreshed.',
    web: 'In a browser, Kompeten cannot save files by itself. Make a backup regularly with the button above; Kompeten reminds you when the last one is more than a week old. The desktop app makes automatic backups.',
  },
  health: {
    title: 'Storage health',
    persisted: 'Persistent storage',
    persistedYes: 'Granted. Your data will not be cleared automatically when space runs low.',
    persistedNo:
      'Not granted. Data may be cleared automatically when space runs low, so make backups regularly.',
    persistedUnknown: 'Cannot be checked here.',
    requestPersist: 'Ask for persistent storage',
    used: 'Space used',
    usedOf: '{{used}} of {{quota}} available',
    diskFree: 'Free disk space for backups',
    lastBackup: 'Last backup',
    never: 'Never',
    unknown: 'Unknown',
    nearlyFull:
      'Storage is nearly full ({{percent}} used). Make a backup now, then free some space, for example by replacing large evidence files with links.',
    diskLow:
      'The disk that holds automatic backups is nearly full ({{free}} left). Free some space so backups can still be made.',
  },
  reminder: {
    stale: 'Your last backup was made {{when}}.',
    never: 'You have never made a backup.',
    why: 'Data in a browser can be lost when site data is cleared. Download a backup and keep it somewhere else.',
    action: 'Make a backup',
    later: 'Remind me later',
  },
  quota: {
    title: 'Storage full',
    body: 'Your last change was not saved because storage is full. Make a backup, then free some space in Data & Backup before going on.',
    open: 'Open Data & Backup',
    dismiss: 'Close',
  },
} satisfies Messages<'data'>;
