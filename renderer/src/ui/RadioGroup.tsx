import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface RadioGroupProps {
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
  required?: boolean;
}

/** A required choice as radios, with its error message below and announced with the group. */
export function RadioGroup({ legend, options, registration, error, required }: RadioGroupProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            value={option.value}
            aria-invalid={error ? true : undefined}
            {...registration}
          />
          {option.label}
        </label>
      ))}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
