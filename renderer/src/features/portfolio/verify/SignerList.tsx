import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignerSummary } from '../../../../../shared/portfolio/bundle';
import { useDb } from '../../../db/context';
import type { KnownKeyRow } from '../../../db/database';
import { forgetKnownKey, markKeyKnown, restoreKnownKey } from '../../../db/known-key-repository';
import { errorMessage } from '../../../ui/error-message';
import { useFormat } from '../../../ui/format';
import '../../../ui/fingerprint.css';

/** What the assessor last did to the list, and how to take it back. */
interface LastChange {
  message: string;
  undo(): Promise<void>;
}

interface Props {
  signers: readonly SignerSummary[];
  /** The keys this verifier knows, by fingerprint. */
  known: ReadonlyMap<string, KnownKeyRow>;
  /** Where the explanation of comparing fingerprints is, for the buttons' descriptions. */
  introId: string;
}

/**
 * Each key that signed, with its fingerprint and the hours it approved, and whether this verifier
 * knows it. Marking a key known (after comparing its fingerprint with the supervisor's key card)
 * is kept for later checks; every change can be undone.
 */
export function SignerList({ signers, known, introId }: Props) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const [last, setLast] = useState<LastChange | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = (change: () => Promise<LastChange | null>) => {
    setFailure(null);
    change().then(setLast, (error: unknown) =>
      setFailure(t('portfolioVerify.signers.saveFailed', { reason: errorMessage(error) })),
    );
  };

  const mark = (signer: SignerSummary) =>
    run(async () => {
      const { fingerprint, publicKey, name } = signer;
      await markKeyKnown(db, { fingerprint, publicKey, name });
      return {
        message: t('portfolioVerify.signers.marked', { name }),
        undo: async () => {
          await forgetKnownKey(db, fingerprint);
        },
      };
    });

  const forget = (signer: SignerSummary) =>
    run(async () => {
      const removed = await forgetKnownKey(db, signer.fingerprint);
      return removed
        ? {
            message: t('portfolioVerify.signers.forgotten', { name: removed.name }),
            undo: () => restoreKnownKey(db, removed),
          }
        : null;
    });

  const undo = (change: LastChange) => run(async () => (await change.undo(), null));

  return (
    <>
      <ul className="verify-signers">
        {signers.map((signer) => {
          const knownKey = known.get(signer.fingerprint);
          const labels = { name: signer.name, fingerprint: signer.fingerprint };
          return (
            <li key={signer.fingerprint} className="verify-signer">
              <div>
                <strong>{signer.name}</strong>{' '}
                <code className="fingerprint">{signer.fingerprint}</code>{' '}
                <span className="muted">
                  {t('portfolioVerify.signers.count', {
                    count: signer.signatures,
                    hours: format.hours(signer.minutes),
                  })}
                </span>
              </div>
              <div className="verify-signer__state">
                {knownKey ? (
                  <span className={knownKey.name === signer.name ? 'chip chip--ok' : 'chip'}>
                    {knownKey.name === signer.name
                      ? t('portfolioVerify.signers.known')
                      : t('portfolioVerify.signers.knownAs', { name: knownKey.name })}
                  </span>
                ) : (
                  <span className="chip chip--warn">{t('portfolioVerify.signers.unknown')}</span>
                )}
                {knownKey ? (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('portfolioVerify.signers.forgetLabel', labels)}
                    onClick={() => forget(signer)}
                  >
                    {t('portfolioVerify.signers.forget')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('portfolioVerify.signers.markKnownLabel', labels)}
                    aria-describedby={introId}
                    onClick={() => mark(signer)}
                  >
                    {t('portfolioVerify.signers.markKnown')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div role="status" className="verify-signers__status">
        {last && (
          <p>
            {last.message}{' '}
            <button type="button" className="button" onClick={() => undo(last)}>
              {t('portfolioVerify.signers.undo')}
            </button>
          </p>
        )}
      </div>
      {failure && (
        <p role="alert" className="form__alert">
          {failure}
        </p>
      )}
    </>
  );
}
