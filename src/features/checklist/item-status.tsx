import { useTranslation } from 'react-i18next';
import { statusLabel } from '../../domain/checklist';
import type { ItemStatus } from '../../domain/checklist';
import { translateMessage } from '../../i18n/message';
import { StatusIcon } from './status-icon';

/** "✓ OK", "✕ Problem": an icon and a word, coloured as a third signal only. */
export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`checklist-status checklist-status--${status}`} data-status={status}>
      <StatusIcon status={status} />
      {translateMessage(t, statusLabel(status))}
    </span>
  );
}
