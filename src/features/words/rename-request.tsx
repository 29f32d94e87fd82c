import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../domain/checklist';
import { selectRenameRequestTargets } from '../../store/sharing-slice';
import { useAppStore } from '../../store/store-context';
import { PostOrCopy } from './post-or-copy';

/**
 * "Please rename": one polite message to the meeting chat, to post in one click or copy. Zoom's
 * sendMessageToChat has no recipient, so it goes to everyone and names nobody (never repeats an
 * e-mail address). Offered while someone's name shows contact details, or someone is not on the
 * roll: under the checklist's "exposed contact details" item, else under "unknown people" (once).
 */
export function RenameRequest({ item }: { item: Pick<ChecklistItem, 'id'> }) {
  const { t } = useTranslation();
  const targets = useAppStore(selectRenameRequestTargets);
  const show =
    item.id === 'exposedContacts'
      ? targets.contactDetails.length > 0
      : item.id === 'unknownPeople' &&
        targets.contactDetails.length === 0 &&
        targets.notOnRoll.length > 0;
  if (!show) return null;
  const message = t('renameRequest.message');
  return (
    <div className="rename-request" data-testid="rename-request">
      <p className="rename-request__title">{t('renameRequest.title')}</p>
      <p className="rename-request__note">{t('renameRequest.note')}</p>
      <blockquote className="consent-offer__line">{message}</blockquote>
      <PostOrCopy message={message} label={t('renameRequest.label')} />
    </div>
  );
}
