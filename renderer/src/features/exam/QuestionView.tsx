import { useEffect, useRef } from 'react';
import type { BankItem, OptionId } from '../../../../shared/exam/bank';

/**
 * One item as the candidate answers it: the case, the question as the group's legend, and the
 * options as radio buttons. Item text keeps the bank's language, whatever the UI speaks.
 */
export function QuestionView(props: {
  item: BankItem;
  language: string;
  /** Names the radio group; a new name per position keeps browsers from carrying a choice over. */
  name: string;
  choice: OptionId | null;
  onChoose(option: OptionId): void;
  disabled?: boolean;
  focusOnMount?: boolean;
}) {
  const { item, language, name, choice, onChoose, disabled = false, focusOnMount = false } = props;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <article className="exam__item" lang={language} ref={ref} tabIndex={-1}>
      {item.vignette && <p className="exam__vignette">{item.vignette}</p>}
      <fieldset className="exam__options" disabled={disabled}>
        <legend className="exam__stem">{item.stem}</legend>
        {item.options.map((option) => (
          <label key={option.id} className="exam__option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={choice === option.id}
              onChange={() => onChoose(option.id)}
            />
            <span className="exam__letter" aria-hidden="true">
              {option.id}
            </span>
            <span>{option.text}</span>
          </label>
        ))}
      </fieldset>
    </article>
  );
}
