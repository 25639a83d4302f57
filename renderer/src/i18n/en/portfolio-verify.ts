import type { Messages } from '../catalogue';

export default {
  title: 'Verify a portfolio',
  lead: 'Every PDF portfolio from Kompeten comes with a .kompeten-portofolio data file. Open that file here to check that its data is intact and that the supervisors’ signatures in it are valid, then compare the code shown with the verification code printed on the PDF cover.',
  pdfCode: 'Code on the PDF cover',
  pdfCodeHint:
    'Needed for a full verification: type the verification code printed on the PDF cover, e.g. K7QM-2D9F-8XWA-3PNC-5RTE. Case, dashes and spaces do not matter.',
  pdfCodeMalformed: 'A verification code has 20 letters and digits. Please check what you typed.',
  open: 'Open a portfolio data file',
  checking:
    'Checking the data and signatures in "{{name}}"… A portfolio with thousands of entries takes a moment.',
  resultTitle: 'Result',
  file: 'File',
  candidate: 'Candidate',
  noName: '(no name given)',
  generatedAt: 'Created on',
  code: 'Data verification code',
  verdict: {
    good: 'Portfolio verified',
    goodBody:
      'The data matches the code on the PDF cover, no digital signature has a problem, and every signing key is known on this device.',
    needsCode: 'Not finished: type the code from the PDF cover',
    needsCodeBody:
      'The data is unchanged since it was exported and its signatures are valid. But a data file can be made again with a new code, so only the code printed on the PDF cover proves that this data belongs to that PDF. Type it in the "Code on the PDF cover" box.',
    unknownKeys: 'Signatures are valid for the keys inside this file',
    unknownKeysBody_one:
      'The data matches the code on the PDF cover, but {{count}} signing key is not known on this device. Anyone can make a key under any supervisor’s name: compare the key’s fingerprint below with the supervisor’s public key card, then choose "Mark as known".',
    unknownKeysBody_other:
      'The data matches the code on the PDF cover, but {{count}} signing keys are not known on this device. Anyone can make a key under any supervisor’s name: compare each key’s fingerprint below with the supervisor’s public key card, then choose "Mark as known".',
    bad: 'The portfolio did not pass verification',
    dataChanged: 'The data in the file was changed after it was exported.',
    pdfDiffers: 'The data in the file does not match the code on the PDF cover.',
    invalid_one: '{{count}} signature is not valid.',
    invalid_other: '{{count}} signatures are not valid.',
    changed_one: '{{count}} entry was changed after it was signed.',
    changed_other: '{{count}} entries were changed after they were signed.',
  },
  checks: {
    title: 'Verification code',
    matches: 'Matches',
    differs: 'Does not match',
    selfMatches: 'The data matches the code stated in the file: unchanged since it was exported.',
    selfDiffers:
      'The data does not match the code stated in the file ({{code}}): it was changed after it was exported.',
    pdfMatches: 'The data matches the code on the PDF cover.',
    pdfDiffers:
      'The data does not match the code on the PDF cover ({{code}}). This file is not the data of that PDF, or its data was changed.',
    pdfNone:
      'Compare the code above with the one on the PDF cover, or type the cover code in the "Code on the PDF cover" box.',
  },
  log: {
    title: 'Practice hours in the data',
    intro: 'These figures must equal those printed in the PDF’s practice log section.',
    total: 'Logged',
    empty: 'No entries',
    totalValue_one: '{{hours}} hours in {{count}} entry, {{first}} to {{last}}',
    totalValue_other: '{{hours}} hours in {{count}} entries, {{first}} to {{last}}',
    verified: 'With a valid digital signature',
    hours: '{{hours}} hours',
  },
  signatures: {
    title: 'Supervisor signatures',
    valid: 'Valid digital signatures',
    invalid: 'Invalid signatures',
    changed: 'Entries changed after signing',
    returned: 'Returned by the supervisor (not approved)',
    inPerson: 'Signed in person (cannot be verified digitally)',
    unsigned: 'Not signed',
  },
  signers: {
    title: 'Signers',
    intro:
      'A valid signature proves that the entry was approved with the key below. Make sure the key’s fingerprint really belongs to the supervisor named, for example from their public key card or by asking them.',
    count_one: '{{count}} valid signature · {{hours}}',
    count_other: '{{count}} valid signatures · {{hours}}',
    known: 'Known',
    knownAs: 'Known as “{{name}}”',
    unknown: 'Not known',
    markKnown: 'Mark as known',
    markKnownLabel: 'Mark the key of {{name}} ({{fingerprint}}) as known',
    forget: 'Forget this key',
    forgetLabel: 'Forget the key of {{name}} ({{fingerprint}})',
    marked: 'The key of {{name}} is marked as known and will be remembered for later checks.',
    forgotten: 'The key of {{name}} is no longer known.',
    undo: 'Undo',
    saveFailed: 'The list of known keys could not be saved: {{reason}}',
  },
  problems: {
    title: 'Entries with problems',
    date: 'Date',
    agency: 'Agency',
    supervisor: 'Supervisor',
    problem: 'Problem',
    'bad-signature': 'The signature does not match the entry or the decision',
    'wrong-fingerprint': 'The fingerprint does not belong to the key that signed',
    changed: 'The entry was changed after it was signed',
    'other-candidate': 'Signed for another candidate, not the owner of this portfolio',
    duplicate: 'Duplicate entry: the same signature counted twice',
    more_one: 'Only {{shown}} of {{count}} entry with problems are shown.',
    more_other: 'Only {{shown}} of {{count}} entries with problems are shown.',
  },
} satisfies Messages<'portfolioVerify'>;
