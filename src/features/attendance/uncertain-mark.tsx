import { useTranslation } from 'react-i18next';

/** "≈": this person's times are partly pieced together from a snapshot, not seen as they happened. */
export function UncertainMark() {
  const { t } = useTranslation();
  const label = t('attendance.uncertainTitle');
  return (
    <span className="attendance-times__uncertain" role="img" aria-label={label} title={label}>
      ≈
    </span>
  );
}
