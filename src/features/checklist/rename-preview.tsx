import { useTranslation } from 'react-i18next';
import type { PlannedRename } from './fix-plan';

export interface RenamePreviewProps {
  id: string;
  renames: readonly PlannedRename[];
  onConfirm: () => void;
}

/** "Jane Doe → Jane D." for each person, then one button that renames them all. */
export function RenamePreview({ id, renames, onConfirm }: RenamePreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="checklist-rename" id={id}>
      <ul className="checklist-people" aria-label={t('checklistView.renameListLabel')}>
        {renames.map((rename) => (
          <li key={rename.participantUUID} data-uuid={rename.participantUUID}>
            <bdi title={rename.from}>{rename.from}</bdi>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> {t('checklistView.renameTo')} </span>
            <bdi>{rename.to}</bdi>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onConfirm}>
        {t('checklistView.renameConfirm', { count: renames.length })}
      </button>
    </div>
  );
}
