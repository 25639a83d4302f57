import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import { db } from '../../db';
import {
  BankError,
  bankUsage,
  listBanks,
  removeBank,
  setActiveBank,
} from '../../db/bank-repository';
import { openUserFile } from '../../platform/open-user-file';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportMessage, type ImportOutcome } from '../../ui/ImportMessage';
import { LibraryItem } from '../../ui/LibraryItem';
import { importBank } from './bank-import';
import type { LoadedBank } from './banks';

interface Removing {
  key: string;
  title: string;
  usage: Awaited<ReturnType<typeof bankUsage>>;
}

/** The default bank and the imported ones: choose the one in use, import, remove. */
export function BankManager({ builtin, active }: { builtin: LoadedBank; active: LoadedBank }) {
  const { t } = useTranslation();
  const id = useId();
  const imported = useLiveQuery(() => listBanks(db), []) ?? [];
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ImportOutcome | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);

  const fail = (error: unknown) => {
    const reason = error instanceof BankError ? error.reason : null;
    setMessage({
      tone: 'error',
      text:
        reason === 'in-use'
          ? t('exam.banks.errors.inUse')
          : reason === 'not-found'
            ? t('exam.banks.errors.notFound')
            : t('exam.banks.errors.unexpected', { detail: String(error) }),
    });
  };

  const importFile = async () => {
    setMessage(null);
    try {
      const file = await openUserFile(FILE_KINDS.bank, () => setBusy(true));
      if (file.status === 'cancelled') return;
      if (file.status === 'problem') {
        setMessage({ tone: 'error', file });
        return;
      }
      const result = await importBank(db, file.value);
      setMessage(
        result.kind === 'conflict'
          ? { tone: 'error', text: t('exam.banks.conflict', { key: result.key }) }
          : {
              tone: 'ok',
              text: t(
                result.kind === 'installed'
                  ? 'exam.banks.installed'
                  : 'exam.banks.alreadyInstalled',
                { title: result.title, version: result.version },
              ),
            },
      );
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const askRemove = async (key: string, title: string) => {
    setMessage(null);
    try {
      const usage = await bankUsage(db, key);
      if (usage.open) setMessage({ tone: 'error', text: t('exam.banks.errors.inUse') });
      else setRemoving({ key, title, usage });
    } catch (error) {
      fail(error);
    }
  };

  const confirmRemove = async () => {
    const bank = removing;
    setRemoving(null);
    if (!bank) return;
    try {
      await removeBank(db, bank.key);
      setMessage({ tone: 'ok', text: t('exam.banks.removed', { title: bank.title }) });
    } catch (error) {
      fail(error);
    }
  };

  const item = ({ key, bank }: { key: string; bank: LoadedBank['bank'] }, isBuiltin: boolean) => {
    const vars = { title: bank.title, version: bank.version };
    return (
      <LibraryItem
        key={key}
        title={bank.title}
        meta={[
          t(isBuiltin ? 'exam.banks.builtin' : 'exam.banks.imported'),
          t('exam.banks.meta', {
            version: bank.version,
            count: bank.items.length,
            language: bank.language,
          }),
        ].join(' · ')}
        inUse={key === active.key}
        inUseText={t('exam.banks.inUse')}
        useText={t('exam.banks.use')}
        useLabel={t('exam.banks.useLabel', vars)}
        onUse={() => void setActiveBank(db, isBuiltin ? undefined : key).catch(fail)}
        remove={
          isBuiltin
            ? undefined
            : {
                text: t('exam.banks.remove'),
                label: t('exam.banks.removeLabel', vars),
                onRemove: () => void askRemove(key, bank.title),
              }
        }
      />
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-banks`}>
      <h2 id={`${id}-banks`}>{t('exam.banks.title')}</h2>
      <p className="muted">{t('exam.banks.intro')}</p>
      <ul className="library-list">
        {item(builtin, true)}
        {imported.map((row) => item(row, false))}
      </ul>
      <button type="button" className="button" onClick={() => void importFile()} disabled={busy}>
        {busy ? t('exam.banks.importing') : t('exam.banks.importButton')}
      </button>
      {message && <ImportMessage message={message} kind="bank" />}
      <ConfirmDialog
        open={removing !== null}
        title={t('exam.banks.removeTitle', { title: removing?.title ?? '' })}
        body={t('exam.banks.removeBody', {
          simulations: removing?.usage.simulations ?? 0,
          sessions: removing?.usage.sessions ?? 0,
        })}
        confirmLabel={t('exam.banks.removeConfirm')}
        cancelLabel={t('exam.banks.cancel')}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
