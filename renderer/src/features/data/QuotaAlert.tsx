import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGES } from '../../ui/paths';
import { onQuotaFailure } from '../../db/quota-watch';
import { Modal } from '../../ui/Modal';

/**
 * Says so, over whatever is open (a form in a dialog too), when a write was refused because
 * storage is full: the user must know that what they just did was not kept.
 */
export function QuotaAlert() {
  const { t } = useTranslation();
  const bodyId = useId();
  const [shown, setShown] = useState(false);
  useEffect(() => onQuotaFailure(() => setShown(true)), []);
  return (
    <Modal
      open={shown}
      title={t('data.quota.title')}
      onClose={() => setShown(false)}
      describedBy={bodyId}
    >
      <div role="alert" data-testid="quota-alert">
        <p id={bodyId}>{t('data.quota.body')}</p>
      </div>
      <div className="dialog__actions">
        <Link className="button button--primary" to={PAGES.data} onClick={() => setShown(false)}>
          {t('data.quota.open')}
        </Link>
        <button type="button" className="button" onClick={() => setShown(false)} autoFocus>
          {t('data.quota.dismiss')}
        </button>
      </div>
    </Modal>
  );
}
