import { i18n } from '../i18n';

/**
 * What the user sees instead of a white screen. Uses the i18n instance directly, not hooks,
 * because it may render outside every provider.
 */
export function ErrorView({ error }: { error: unknown }) {
  const t = i18n.t.bind(i18n);
  const detail =
    error instanceof Error
      ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
      : String(error);
  return (
    <div className="error-view" role="alert">
      <h1>{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.body')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => location.reload()}>
          {t('errorBoundary.reload')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            location.hash = '#/';
            location.reload();
          }}
        >
          {t('errorBoundary.home')}
        </button>
      </div>
      <details>
        <summary>{t('errorBoundary.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </div>
  );
}
