import { useTranslation } from 'react-i18next';

/** The keyboard hint, with the switch that turns the single-key shortcuts off. */
export function ShortcutsToggle(props: { hint: string; on: boolean; onChange(on: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div className="field__hint">
      <label className="choice">
        <input
          type="checkbox"
          checked={props.on}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {t('exam.shortcuts')}
      </label>
      {props.on && <p>{props.hint}</p>}
    </div>
  );
}
