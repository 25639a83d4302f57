import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-save-state';

/** What an autosaving editor reports: a quiet status while saving, an alert when it failed. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="save-state" role="status" aria-live="polite">
        {state.kind === 'saving' && t('autosave.saving')}
        {state.kind === 'saved' && t('autosave.saved')}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="form__alert">
          {t('autosave.saveFailed', { reason: state.reason })}
        </p>
      )}
    </>
  );
}
