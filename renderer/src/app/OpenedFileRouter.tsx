import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OWN_FILE_TYPES, type OwnFileKindId } from '../../../shared/files/own-file-types';
import { useBridge } from '../platform/context';
import type { OpenedFile } from '../platform/bridge';
import { offerOpenedFile } from '../platform/opened-files';
import { PAGES } from '../ui/paths';

/** The screen that imports each of the app's own files. */
const IMPORT_SCREENS: Record<OwnFileKindId, string> = {
  request: PAGES.supervisorMode,
  keyBackup: PAGES.supervisorMode,
  response: PAGES.practice,
  keyCard: PAGES.supervisors,
  backup: PAGES.data,
  portfolioBundle: PAGES.verify,
};

type Refused = Extract<OpenedFile, { status: 'unknown-kind' | 'unreadable' }>;

/**
 * Desktop only: takes the files the OS asked the app to open (a double-click at first start or
 * while it runs) and moves each to the screen that imports its kind. Files it cannot open are
 * named here, with the kinds it can.
 */
export function OpenedFileRouter() {
  const bridge = useBridge();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<Refused[]>([]);

  useEffect(() => {
    const opened = bridge.openedFiles;
    if (!opened) return;
    const take = async () => {
      const files = await opened.take();
      const refusedNow: Refused[] = [];
      let screen: string | null = null;
      for (const file of files) {
        if (file.status === 'unknown-kind' || file.status === 'unreadable') {
          refusedNow.push(file);
          continue;
        }
        const { kind, ...picked } = file;
        offerOpenedFile(kind, picked);
        screen = IMPORT_SCREENS[kind];
      }
      setRefused(refusedNow);
      // With several files, the last one's screen: each screen takes its own kind when shown.
      if (screen) void navigate(screen);
    };
    const run = () =>
      void take().catch((error: unknown) => console.error('Could not take opened files', error));
    opened.onWaiting(run);
    run();
  }, [navigate, bridge.openedFiles]);

  if (refused.length === 0) return null;
  const extensions = Object.values(OWN_FILE_TYPES)
    .map(({ extension }) => `.${extension}`)
    .join(', ');
  return (
    <div role="alert" className="form__alert opened-files-alert">
      {refused.map((file) => (
        <p key={file.name}>
          {file.status === 'unknown-kind'
            ? t('desktop.openedFiles.unknownKind', { name: file.name, extensions })
            : t('desktop.openedFiles.unreadable', { name: file.name })}
        </p>
      ))}
      <button type="button" className="button button--quiet" onClick={() => setRefused([])}>
        {t('desktop.openedFiles.dismiss')}
      </button>
    </div>
  );
}
