import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findIdentityData } from '../../../../shared/confidentiality/detect';

/**
 * Warns, as the user types, when free text seems to hold a client's identity. It never blocks:
 * only the writer knows whether a number is a client's.
 */
export function IdentityWarning({ text }: { text: string }) {
  const { t } = useTranslation();
  // Long essays: checking may lag a keystroke behind rather than slow typing down.
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => findIdentityData(deferred), [deferred]);
  return (
    <div role="status" aria-live="polite">
      {findings.length > 0 && (
        <div className="identity-warning">
          <p className="identity-warning__title">{t('confidentiality.title')}</p>
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.kind}-${finding.start}`}>
                {t(`confidentiality.kinds.${finding.kind}`, { masked: finding.masked })}
              </li>
            ))}
          </ul>
          <p>{t('confidentiality.advice')}</p>
        </div>
      )}
    </div>
  );
}
