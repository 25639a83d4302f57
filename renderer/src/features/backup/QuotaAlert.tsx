import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { onQuotaFailure } from '../../db/quota-watch';

/** Says so, on whatever page, when a write was refused because storage is full. */
export function QuotaAlert() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => onQuotaFailure(() => setShown(true)), []);
  if (!shown) return null;
  return (
    <div role="alert" className="form__alert" data-testid="quota-alert">
      <p className="notice__title">{t('data.quota.title')}</p>
      <p>{t('data.quota.body')}</p>
      <div className="actions">
        <Link className="button button--primary" to="/data" onClick={() => setShown(false)}>
          {t('data.quota.open')}
        </Link>
        <button type="button" className="button" onClick={() => setShown(false)}>
          {t('data.quota.dismiss')}
        </button>
      </div>
    </div>
  );
}
