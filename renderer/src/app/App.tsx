import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { useDb } from '../db/context';
import type { KompetenDatabase } from '../db/database';
import { loadSettings } from '../db/settings-repository';
import { i18n } from '../i18n';
import { useBridge } from '../platform/context';
import { Loading } from '../ui/Loading';
import { createAppRouter } from './router';

/** Loads the settings and switches the UI language before handing them to the screens. */
async function loadSettingsAndApplyLanguage(db: KompetenDatabase) {
  const settings = await loadSettings(db);
  if (i18n.language !== settings.language) await i18n.changeLanguage(settings.language);
  return settings;
}

/**
 * Renders the routed app once the stored language is applied, so the first paint is already in
 * the right language. Later changes apply in place, without unmounting the page the user is on.
 */
export function App() {
  const bridge = useBridge();
  const db = useDb();
  const settings = useLiveQuery(() => loadSettingsAndApplyLanguage(db), [db]);
  const [router] = useState(createAppRouter);
  const language = settings?.language;

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    const menu = i18n.getFixedT(language)('desktop.menu', { returnObjects: true });
    bridge
      .setLanguage(language, menu)
      .catch((error: unknown) => console.warn('menu language', error));
  }, [language, bridge]);

  return (
    <I18nextProvider i18n={i18n}>
      {settings ? <RouterProvider router={router} /> : <Loading />}
    </I18nextProvider>
  );
}
