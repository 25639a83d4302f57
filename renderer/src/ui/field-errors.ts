import { get, type FieldErrors } from 'react-hook-form';

/**
 * Field errors from react-hook-form as text and ARIA props. The schemas report codes; `translate`
 * turns a code (and the field it belongs to) into the message shown next to that field.
 */
export function fieldErrors(
  errors: FieldErrors,
  translate: (code: unknown, field: string) => string | undefined,
) {
  const errorFor = (field: string) =>
    translate((get(errors, field) as { message?: unknown } | undefined)?.message, field);
  const aria = (field: string, describedBy: string | undefined) => ({
    'aria-invalid': errorFor(field) ? true : undefined,
    'aria-describedby': describedBy,
  });
  return { errorFor, aria };
}
