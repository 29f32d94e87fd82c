import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESET_IDS, PRESETS } from '../../domain/checklist';
import type { PresetId } from '../../domain/checklist';
import { translateMessage } from '../../i18n/message';

export interface PresetPickerProps {
  value: PresetId;
  onChange: (preset: PresetId) => void;
}

/** "Kind of meeting": the four presets, with the chosen one's description under the list. */
export function PresetPicker({ value, onChange }: PresetPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="preset-picker">
      <label className="preset-picker__label" htmlFor={`${id}-select`}>
        {t('checklistView.presetLabel')}
      </label>
      <select
        id={`${id}-select`}
        className="select"
        value={value}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.value as PresetId)}
      >
        {PRESET_IDS.map((preset) => (
          <option key={preset} value={preset}>
            {translateMessage(t, PRESETS[preset].name)}
          </option>
        ))}
      </select>
      <p className="preset-picker__description" id={`${id}-description`}>
        {translateMessage(t, PRESETS[value].description)}
      </p>
      <p className="preset-picker__documents" data-testid="preset-documents">
        {t('checklistView.follows', {
          documents: PRESETS[value].documents
            .map((document) => t(`checklistView.document.${document}`))
            .join(' · '),
        })}
      </p>
    </div>
  );
}
