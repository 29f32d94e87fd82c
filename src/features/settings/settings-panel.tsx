import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../persistence/types';
import { selectPersistence } from '../../store/persistence-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { DataControls } from './data-controls';
import { NumberSetting } from './number-setting';
import { SavedRolls } from './saved-rolls';
import './settings.css';

/**
 * The settings tab: sections other features add first (the app passes them in, as a feature does
 * not import another), then where data is kept, lateness, retention, saved rolls, deleting data.
 */
export function SettingsPanel({ sections = [] }: { sections?: readonly ComponentType[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { mode, problem, settings, purged } = useAppStore(selectPersistence);
  const save = (patch: Partial<AppSettings>) => store.getState().updateSettings(patch);
  return (
    <div className="settings">
      {sections.map((Section, index) => (
        <Section key={index} />
      ))}
      <section className="settings__section" aria-labelledby="settings-storage">
        <h2 className="settings__title" id="settings-storage">
          {t('settings.storage.title')}
        </h2>
        <p data-testid="storage-mode">
          {mode === 'opening'
            ? t('settings.storage.opening')
            : mode === 'indexeddb'
              ? t('settings.storage.indexeddb')
              : t('settings.storage.memory')}
        </p>
        {problem ? <p className="setting__help">{t(`storage.problem.${problem}`)}</p> : null}
        {purged > 0 ? (
          <p className="setting__help">{t('settings.purged', { count: purged })}</p>
        ) : null}
      </section>
      <section className="settings__section" aria-labelledby="settings-attendance">
        <h2 className="settings__title" id="settings-attendance">
          {t('settings.attendanceTitle')}
        </h2>
        <NumberSetting
          label={t('settings.grace.label')}
          help={t('settings.grace.help')}
          value={settings.graceMinutes}
          min={0}
          max={240}
          onSave={(graceMinutes) => save({ graceMinutes })}
        />
      </section>
      <section className="settings__section" aria-labelledby="settings-rolls">
        <h2 className="settings__title" id="settings-rolls">
          {t('rolls.title')}
        </h2>
        <SavedRolls />
      </section>
      <section className="settings__section" aria-labelledby="settings-privacy">
        <h2 className="settings__title" id="settings-privacy">
          {t('settings.privacyTitle')}
        </h2>
        <NumberSetting
          label={t('settings.retention.label')}
          help={t('settings.retention.help')}
          value={settings.retentionDays}
          min={1}
          max={3650}
          onSave={(retentionDays) => save({ retentionDays })}
        />
        <p className="setting__help">{t('settings.privacyNote')}</p>
        <DataControls />
      </section>
    </div>
  );
}
