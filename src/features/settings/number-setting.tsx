import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberSettingProps {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => Promise<void>;
}

/** A whole-number setting with its own Save button, so a half-typed value changes nothing. */
export function NumberSetting({ label, help, value, min, max, onSave }: NumberSettingProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const text = draft ?? String(value);
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    await onSave(parsed);
    setDraft(null);
    setSaved(true);
  };

  return (
    <form className="setting" onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor={id} className="setting__label">
        {label}
      </label>
      <div className="setting__row">
        <input
          id={id}
          className="setting__input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={!valid}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
        />
        <button type="submit" className="button" disabled={!valid || draft === null}>
          {t('settings.save')}
        </button>
        <span role="status" className="setting__status">
          {saved ? t('settings.saved') : ''}
        </span>
      </div>
      <p id={`${id}-help`} className="setting__help">
        {valid ? help : t('settings.between', { min, max })}
      </p>
    </form>
  );
}
