import type { Messages } from '../catalogue';

export default {
  required: 'Required.',
  tooShort: 'Too short: at least {{min}} characters.',
  tooLong: 'Too long: at most {{max}} characters.',
  chooseLevel: 'Choose one of the levels.',
  yearFormat: 'Write the year with 4 digits, for example 2019.',
  yearRange: 'The year must be between {{min}} and {{max}}.',
  strFormat:
    'An STR number may only contain letters, digits, spaces, dots, slashes and hyphens (4–40 characters).',
  unknownField: 'Unknown field of practice. Choose from the list.',
} satisfies Messages<'validation'>;
