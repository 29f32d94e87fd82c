import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmButtonProps {
  label: string;
  /** A longer accessible name, when the visible label alone is ambiguous ("Delete" in a list). */
  ariaLabel?: string;
  /** The question asked before anything is deleted. */
  question: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => Promise<void>;
}

/**
 * A destructive button that asks first, in the panel itself (Zoom's embedded browser may block
 * window.confirm, and a dialog would cover the meeting).
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  busyLabel,
  busy,
  onConfirm,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (busy) return <p role="status">{busyLabel}</p>;
  if (!asking)
    return (
      <button
        type="button"
        className="button button--danger"
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={ariaLabel ?? label}>
      <p className="confirm__question">{question}</p>
      <div className="confirm__buttons">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setAsking(false);
            void onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
          {t('settings.cancel')}
        </button>
      </div>
    </div>
  );
}
