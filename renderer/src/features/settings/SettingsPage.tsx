import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/settings/settings';
import { useDb } from '../../db/context';
import { useSettings } from '../../queries/settings';
import { saveLanguage, updateSettings } from '../../db/settings-repository';
import { currentLanguage } from '../../i18n';
import { useBridge } from '../../platform/context';
import type { AppInfo } from '../../platform/bridge';
import { useDocumentTitle } from '../../ui/use-document-title';

export function SettingsPage() {
  const db = useDb();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  useDocumentTitle(t('settings.title'));
  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      <fieldset className="fieldset" aria-describedby="language-hint">
        <legend>{t('settings.languageLegend')}</legend>
        <p id="language-hint" className="field__hint">
          {t('settings.languageHint')}
        </p>
        {LANGUAGES.map((option) => (
          <label key={option} className="choice" lang={option}>
            <input
              type="radio"
              name="language"
              value={option}
              checked={language === option}
              onChange={() => {
                // Switch at once; the stored setting follows and survives a restart.
                void i18n.changeLanguage(option);
                void saveLanguage(db, option);
              }}
            />
            {t(`settings.languageNames.${option}`)}
          </label>
        ))}
      </fieldset>
      <NotificationsSetting />
      <AboutSection />
    </section>
  );
}

/** Opt-in: the app stays quiet unless asked. The browser must allow it first; the desktop need not. */
function NotificationsSetting() {
  const bridge = useBridge();
  const db = useDb();
  const { t } = useTranslation();
  const enabled = useSettings()?.notifications;
  const [denied, setDenied] = useState(false);
  const change = async (on: boolean) => {
    setDenied(false);
    if (on && bridge.kind === 'web') {
      const permission =
        typeof Notification === 'undefined' ? 'denied' : await Notification.requestPermission();
      if (permission !== 'granted') {
        setDenied(true);
        return;
      }
    }
    await updateSettings(db, { notifications: on });
  };
  return (
    <fieldset className="fieldset" aria-describedby="notifications-hint">
      <legend>{t('desktop.notifications.legend')}</legend>
      <p id="notifications-hint" className="field__hint">
        {t('desktop.notifications.hint')}
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === undefined}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('desktop.notifications.label')}
      </label>
      {denied && (
        <p role="alert" className="field__error">
          {t('desktop.notifications.denied')}
        </p>
      )}
    </fieldset>
  );
}

function AboutSection() {
  const bridge = useBridge();
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void bridge.appInfo().then(setInfo);
  }, [bridge]);
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.aboutTitle')}</h2>
      <dl className="facts">
        <dt>{t('settings.version')}</dt>
        <dd>{info?.version ?? '…'}</dd>
        <dt>{t('settings.platform')}</dt>
        <dd>
          {bridge.kind === 'electron' ? t('settings.platformElectron') : t('settings.platformWeb')}
        </dd>
      </dl>
    </section>
  );
}
