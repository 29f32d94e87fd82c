import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import { isolate } from '../../components/ui/isolate';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectMatchByUUID, selectRollEntryMap } from '../../store/roll-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ConfidenceBadge } from './confidence-badge';
import { LinkIcon } from './link-icon';
import { FLAG_ORDER, FLAG_TONE, describeMatch, heldNames } from './describe-match';

/**
 * A roster row's match (a row add-on): the roll name it holds, the confidence, the flags, and
 * the button for "This is…" / "Unlink". Nothing at all while there is no roll.
 */
export function RowMatch({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const store = useAppStoreApi();
  const uuid = participant.participantUUID;
  const match = useAppStore((state) => selectMatchByUUID(state).get(uuid));
  const entries = useAppStore(selectRollEntryMap);
  const isMe = useAppStore((state) => state.me?.participantUUID === uuid);
  // The host running Doorkeeper is rarely on the roll: say nothing on their own row unless they are.
  if (!match || (isMe && match.rollId === null && match.flags.length === 0)) return null;
  const held = heldNames(match, entries);
  const flags = FLAG_ORDER.filter((flag) => match.flags.includes(flag));
  const who = isolate(participant.screenName || t('roster.unnamed'));
  return (
    <span className="row-match" data-testid="row-match">
      {held.length > 0 ? (
        <bdi className="row-match__roll" title={held.join(', ')}>
          <span className="visually-hidden">{t('roll.match.rollNamePrefix')} </span>
          {held.join(', ')}
        </bdi>
      ) : null}
      <ConfidenceBadge confidence={match.confidence} reasons={describeMatch(t, match, entries)} />
      {flags.map((flag) => (
        <Badge key={flag} tone={FLAG_TONE[flag]}>
          {t(`roll.flag.${flag}`)}
        </Badge>
      ))}
      {/* Links are remembered by display name, so a blank name cannot be linked. */}
      {participant.screenName.trim() ? (
        <button
          type="button"
          className="row-match__button"
          aria-label={t('roll.match.options', { name: who })}
          title={t('roll.match.optionsHint')}
          onClick={() => store.getState().openLinkPicker(uuid)}
        >
          <LinkIcon />
        </button>
      ) : null}
    </span>
  );
}
