import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useWaitingFileName } from '../../platform/opened-files';
import { PracticeNav } from '../../ui/PracticeNav';
import { CreateKeyForm } from './CreateKeyForm';
import { OwnKeyCard } from './OwnKeyCard';
import { RequestReview } from './RequestReview';
import { RestoreKey } from './RestoreKey';
import { useOwnKey } from './use-own-key';
import './supervisor-mode.css';

/** A supervisor signs a candidate's practice entries on their own computer, with no server. */
export function SupervisorModePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('supervisorMode.title'));
  const ownKey = useOwnKey();
  const title = useRef<HTMLHeadingElement>(null);
  // What just happened to the key, so focus and the next step follow it.
  const [event, setEvent] = useState<'added' | 'deleted' | null>(null);

  const deleted = () => {
    setEvent('deleted');
    title.current?.focus();
  };

  return (
    <section className="page page--wide supervisor-mode">
      <h1 ref={title} tabIndex={-1}>
        {t('supervisorMode.title')}
      </h1>
      <PracticeNav />
      <p className="lead">{t('supervisorMode.lead')}</p>
      {event === 'deleted' && (
        <p role="status" className="notice">
          {t('supervisorMode.deleted')}
        </p>
      )}
      {ownKey === undefined ? (
        <Loading />
      ) : ownKey === null ? (
        <NoKey onAdded={() => setEvent('added')} />
      ) : (
        <>
          <OwnKeyCard ownKey={ownKey} fresh={event === 'added'} onDeleted={deleted} />
          <RequestReview ownKey={ownKey} />
        </>
      )}
    </section>
  );
}

/** The two ways to get a key: make one here, or bring one from another computer. */
function NoKey({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation();
  const uid = useId();
  // A double-clicked request waits until there is a key to sign it with.
  const waitingRequest = useWaitingFileName('request');
  return (
    <>
      {waitingRequest && (
        <p role="status" className="notice">
          {t('desktop.openedFiles.waiting', { name: waitingRequest })}
        </p>
      )}
      <p>{t('supervisorMode.setup.intro')}</p>
      <div className="supervisor-mode__choices">
        <section className="card" aria-labelledby={`${uid}-create`}>
          <h2 id={`${uid}-create`}>{t('supervisorMode.create.title')}</h2>
          <p>{t('supervisorMode.create.intro')}</p>
          <CreateKeyForm onCreated={onAdded} />
        </section>
        <section className="card" aria-labelledby={`${uid}-restore`}>
          <h2 id={`${uid}-restore`}>{t('supervisorMode.restore.title')}</h2>
          <RestoreKey onRestored={onAdded} />
        </section>
      </div>
    </>
  );
}
