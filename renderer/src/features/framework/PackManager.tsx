import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS } from '../../../../shared/files/file-kinds';
import { allCriteria } from '../../../../shared/framework/tree';
import { useDb } from '../../db/context';
import type { PackRow } from '../../db/database';
import { PackError, removePack, setActivePack } from '../../db/framework-repository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportMessage } from '../../ui/ImportMessage';
import { LibraryItem } from '../../ui/LibraryItem';
import { useImportCard } from '../../ui/use-import-card';
import { installImportedPack } from './pack-import';
import { useInstalledPacks } from '../../queries/packs';

export function PackManager({ activeKey }: { activeKey: string }) {
  const db = useDb();
  const { t } = useTranslation();
  const packs = useInstalledPacks() ?? [];
  const [removing, setRemoving] = useState<PackRow | null>(null);
  const { busy, message, importFile, act } = useImportCard((error) => {
    const reason = error instanceof PackError ? error.reason : null;
    return reason === 'builtin'
      ? t('packs.errors.builtin')
      : reason === 'not-found'
        ? t('packs.errors.notFound')
        : t('packs.errors.unexpected', { detail: String(error) });
  });

  const importPack = () =>
    importFile(FILE_KINDS.pack, async (pack) => {
      const result = await installImportedPack(db, pack);
      return result.kind === 'conflict'
        ? { tone: 'error', text: t('packs.errors.conflict', { key: result.key }) }
        : {
            tone: 'ok',
            text: t(result.kind === 'installed' ? 'packs.installed' : 'packs.alreadyInstalled', {
              title: result.title,
              version: result.version,
            }),
          };
    });

  const confirmRemove = () => {
    const row = removing;
    setRemoving(null);
    if (row) void act(() => removePack(db, row.key), t('packs.removed', { title: row.title }));
  };

  return (
    <section className="card" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <p className="muted">{t('packs.intro')}</p>
      <ul className="library-list">
        {packs.map((row) => {
          const vars = { title: row.title, version: row.version };
          return (
            <LibraryItem
              key={row.key}
              title={row.title}
              meta={[
                t('framework.version', { version: row.version }),
                t(`packs.source.${row.source}`),
                t('packs.criteria', { count: allCriteria(row.pack).length }),
              ].join(' · ')}
              inUse={row.key === activeKey}
              inUseText={t('packs.inUse')}
              useText={t('packs.use')}
              useLabel={t('packs.useLabel', vars)}
              onUse={() => void act(() => setActivePack(db, row.key), t('packs.nowInUse', vars))}
              remove={
                row.source === 'imported'
                  ? {
                      text: t('packs.remove'),
                      label: t('packs.removeLabel', vars),
                      onRemove: () => setRemoving(row),
                    }
                  : undefined
              }
            />
          );
        })}
      </ul>
      <button type="button" className="button" onClick={() => void importPack()} disabled={busy}>
        {busy ? t('packs.importing') : t('packs.importButton')}
      </button>
      {message && <ImportMessage message={message} kind="pack" />}
      <ConfirmDialog
        open={removing !== null}
        title={t('packs.removeTitle', { title: removing?.title ?? '' })}
        body={t('packs.removeBody')}
        confirmLabel={t('packs.removeConfirm')}
        cancelLabel={t('packs.cancel')}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
