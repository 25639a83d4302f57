import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/settings/settings';
import { db } from '../../db';
import { saveLanguage } from '../../db/settings-repository';
import { currentLanguage } from '../../i18n';
import { bridge } from '../../platform';
import type { AppInfo } from '../../platform/bridge';
import { formatBytes } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useStorageStatus } from './use-storage-status';

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
      <StorageSection />
      <AboutSection />
    </section>
  );
}

function StorageSection() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { status, request } = useStorageStatus();
  if (!status) return <Loading />;
  const persistedText =
    status.persisted === null
      ? t('settings.persistedUnknown')
      : status.persisted
        ? t('settings.persistedYes')
        : t('settings.persistedNo');
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <dl className="facts">
        <dt>{t('settings.persisted')}</dt>
        <dd data-testid="persisted">{persistedText}</dd>
        <dt>{t('settings.used')}</dt>
        <dd data-testid="usage">
          {status.usage !== null && status.quota !== null
            ? t('settings.usedOf', {
                used: formatBytes(status.usage, language),
                quota: formatBytes(status.quota, language),
              })
            : t('settings.unknown')}
        </dd>
      </dl>
      {status.persisted === false && (
        <button type="button" className="button" onClick={() => void request()}>
          {t('settings.requestPersist')}
        </button>
      )}
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
