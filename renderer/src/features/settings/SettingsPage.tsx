import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/settings/settings';
import { db } from '../../db';
import { saveLanguage } from '../../db/settings-repository';
import { currentLanguage } from '../../i18n';
import { bridge } from '../../platform';
import type { AppInfo } from '../../platform/bridge';
import { useDocumentTitle } from '../../ui/use-document-title';

export function SettingsPage() {
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
      <AboutSection />
    </section>
  );
}

function AboutSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void bridge.appInfo().then(setInfo);
  }, []);
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
