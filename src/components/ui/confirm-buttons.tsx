import { useTranslation } from 'react-i18next';

export interface ConfirmButtonsProps {
  /** The confirming button's words: the action, named. */
  confirm: string;
  /** Danger for what cannot be undone on the spot (removing, admitting someone flagged). */
  tone: 'primary' | 'danger';
  onConfirm: () => void;
  onClose: () => void;
  /** The safe button's words; "Cancel" unless the dialog says what staying put means. */
  cancel?: string;
  disabled?: boolean;
}

/**
 * A confirmation dialog's two buttons: the safe one first and focused (a stray Enter does
 * nothing), the action second; confirming also closes the dialog.
 */
export function ConfirmButtons({
  confirm,
  tone,
  onConfirm,
  onClose,
  cancel,
  disabled,
}: ConfirmButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="modal__buttons">
      <button type="button" className="button" data-autofocus onClick={onClose}>
        {cancel ?? t('actions.cancel')}
      </button>
      <button
        type="button"
        className={`button button--${tone}`}
        disabled={disabled}
        onClick={() => {
          onConfirm();
          onClose();
        }}
      >
        {confirm}
      </button>
    </div>
  );
}
