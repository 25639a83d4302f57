import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import { useDb } from '../../db/context';
import {
  BankError,
  bankUsage,
  listBanks,
  removeBank,
  setActiveBank,
} from '../../db/bank-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useFormat } from '../../ui/format';
import { ImportMessage } from '../../ui/ImportMessage';
import { LibraryItem } from '../../ui/LibraryItem';
import { useImportCard } from '../../ui/use-import-card';
import { importBank } from './bank-import';
import type { LoadedBank } from './banks';

interface Removing {
  key: string;
  title: string;
  usage: Awaited<ReturnType<typeof bankUsage>>;
}

/** The default bank and the imported ones: choose the one in use, import, remove. */
export function BankManager({ builtin, active }: { builtin: LoadedBank; active: LoadedBank }) {
  const db = useDb();
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const imported = useLiveQuery(() => listBanks(db), []) ?? [];
  const [removing, setRemoving] = useState<Removing | null>(null);
  const { busy, message, importFile, act } = useImportCard((error) => {
    const reason = error instanceof BankError ? error.reason : null;
    return reason === 'in-use'
      ? t('exam.banks.errors.inUse')
      : reason === 'not-found'
        ? t('exam.banks.errors.notFound')
        : t('exam.banks.errors.unexpected', { detail: String(error) });
  });

  const importFromFile = () =>
    importFile(FILE_KINDS.bank, async (bank) => {
      const result = await importBank(db, bank);
      return result.kind === 'conflict'
        ? { tone: 'error', text: t('exam.banks.conflict', { key: result.key }) }
        : {
            tone: 'ok',
            text: t(
              result.kind === 'installed' ? 'exam.banks.installed' : 'exam.banks.alreadyInstalled',
              { title: result.title, version: result.version },
            ),
          };
    });

  // Asked only when the bank can go: a simulation still running on it keeps it.
  const askRemove = (key: string, title: string) =>
    act(async () => {
      const usage = await bankUsage(db, key);
      if (usage.open) throw new BankError(key, 'in-use');
      setRemoving({ key, title, usage });
    });

  const confirmRemove = () => {
    const bank = removing;
    setRemoving(null);
    if (bank)
      void act(() => removeBank(db, bank.key), t('exam.banks.removed', { title: bank.title }));
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
            language: format.languageName(bank.language),
          }),
        ].join(' · ')}
        inUse={key === active.key}
        inUseText={t('exam.banks.inUse')}
        useText={t('exam.banks.use')}
        useLabel={t('exam.banks.useLabel', vars)}
        onUse={() =>
          void act(
            () => setActiveBank(db, isBuiltin ? undefined : key),
            t('exam.banks.nowInUse', vars),
          )
        }
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
      <button
        type="button"
        className="button"
        onClick={() => void importFromFile()}
        disabled={busy}
      >
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
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
