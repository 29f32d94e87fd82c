import { useTranslation } from 'react-i18next';

/** "Forget…" on a person's row (Attendance, Roll): opens "Forget this person" for them. */
export function ForgetButton({ name, onForget }: { name: string; onForget: () => void }) {
  const { t } = useTranslation();
  const label = t('erasure.buttonLabel', { name });
  return (
    <button
      type="button"
      className="button button--small forget-button"
      aria-label={label}
      title={label}
      onClick={onForget}
    >
      {t('erasure.button')}
    </button>
  );
}
