import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** The ⓘ at the end of the lock line: opens and folds the explanation. */
export function LockInfoButton({
  open,
  controls,
  onToggle,
  buttonRef,
}: {
  open: boolean;
  /** The id of the explanation it opens. */
  controls: string;
  onToggle: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  return (
    <button
      ref={buttonRef}
      type="button"
      className="lock-banner__info"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={t('lock.banner.about')}
      title={t('lock.banner.about')}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M7.2 7h1.6v5H7.2zM7.2 4h1.6v1.6H7.2z" fill="currentColor" />
      </svg>
    </button>
  );
}
