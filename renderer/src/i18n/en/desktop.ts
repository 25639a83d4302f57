import type { Messages } from '../catalogue';

export default {
  menu: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close',
    help: 'Help',
    about: 'About Kompeten',
    hide: 'Hide Kompeten',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    newPracticeEntry: 'New practice entry',
    newEvidence: 'New evidence',
    backupNow: 'Back up now',
    exportPdf: 'Export PDF portfolio…',
    find: 'Find',
  },
  openedFiles: {
    unknownKind:
      'Kompeten cannot open “{{name}}”: it is not a Kompeten file. A double-click opens only {{extensions}} files. Framework packs, question banks and CSV files are imported on their own pages.',
    unreadable:
      'Kompeten cannot read “{{name}}”. It may have been moved or deleted, or you may not be allowed to open it. Check the file, then open it again.',
    dismiss: 'Dismiss',
    waiting:
      'The file “{{name}}” is open and waiting here. Set up your supervisor key first (make a new one or restore yours), and the file will be shown straight away.',
  },
  quitBackup: {
    title: 'Saving a backup before Kompeten closes…',
    body: 'Just a moment. This window closes by itself as soon as the backup is done (15 seconds at most).',
  },
  notifications: {
    legend: 'Notifications',
    label: 'Tell me through system notifications',
    hint: 'Only for two things: the last backup is more than a week old, and a sign-off request your supervisor has not answered after a week. What you wrote is never put in a notification.',
    denied:
      'The browser does not allow notifications for this page. Allow them in the browser’s site settings, then turn this on again.',
    backupOverdueTitle: 'No recent backup',
    backupOverdueNever: 'Your data has never been backed up. Open Data & Backup to make a backup.',
    backupOverdue:
      'The last backup was made {{days}} days ago. Open Data & Backup to make a new one.',
    signoffTitle: 'Sign-off request not answered',
    signoff_one:
      '{{count}} practice entry you sent to {{supervisor}} has not been answered after {{days}} days.',
    signoff_other:
      '{{count}} practice entries you sent to {{supervisor}} have not been answered after {{days}} days.',
  },
} satisfies Messages<'desktop'>;
