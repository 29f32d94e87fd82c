import type { TFunction } from 'i18next';
import { useRowTranslation } from '../../i18n/row-translation';
import { isolate } from '../../components/ui/isolate';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectClaimContext } from '../../store/claim-selectors';
import type { ClaimContext } from '../../store/claim-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/** "Jane" from "Jane Doe": what the swap button calls the roll entry. */
function givenName(rollName: string): string {
  return rollName.trim().split(/\s+/u)[0] ?? rollName;
}

/** The sentence under a flagged waiting row: whose entry it claims or imitates, and who holds it. */
export function claimSentence(t: TFunction, claim: ClaimContext): string {
  const roll = claim.rollName === null ? t('roll.claim.unknownEntry') : isolate(claim.rollName);
  const holder = claim.holders[0];
  const impostor = claim.flag === 'impostor';
  if (!holder)
    return impostor
      ? t('roll.claim.looksLikeFree', { roll })
      : t('roll.claim.claimsFree', { roll });
  const values = {
    roll,
    holder: isolate(holder.screenName || t('roster.unnamed')),
    place: holder.location === 'meeting' ? t('roll.claim.inMeeting') : t('roll.claim.waiting'),
  };
  // No roll entry, but a participant here whose name this one copies.
  if (claim.rollName === null) return t('roll.claim.looksLikeParticipant', values);
  return impostor ? t('roll.claim.looksLikeHeld', values) : t('roll.claim.claimsHeld', values);
}

/**
 * The second line of a flagged waiting row (a row detail): "Claims Jane Doe — already held by
 * 'Jane D.' (in meeting)", and for a duplicate the two ways out: "This one is Jane" (the entry
 * moves to this person) and "Same person, 2nd device" (both keep it).
 */
export function RowClaim({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const store = useAppStoreApi();
  const uuid = participant.participantUUID;
  const claim = useAppStore(selectClaimContext(uuid));
  if (!claim) return null;
  const holder = claim.holders[0];
  const name = isolate(participant.screenName || t('roster.unnamed'));
  const canResolve =
    claim.flag === 'duplicate' && claim.rollId !== null && holder !== undefined && claim.rollName;
  return (
    <p className={`row-claim row-claim--${claim.flag}`} data-testid="row-claim">
      <span className="row-claim__text" title={claimSentence(t, claim)}>
        {claimSentence(t, claim)}
      </span>
      {canResolve ? (
        <>
          <button
            type="button"
            className="row-claim__button"
            aria-label={t('roll.claim.swapLabel', {
              name,
              roll: isolate(claim.rollName!),
              holder: isolate(holder.screenName || t('roster.unnamed')),
            })}
            onClick={() => {
              const actions = store.getState();
              actions.unlink(holder.participantUUID, claim.rollId!);
              actions.link(uuid, claim.rollId!);
            }}
          >
            {t('roll.claim.swap', { given: isolate(givenName(claim.rollName!)) })}
          </button>
          <button
            type="button"
            className="row-claim__button row-claim__button--link"
            aria-label={t('roll.claim.secondDeviceLabel', {
              name,
              roll: isolate(claim.rollName!),
              holder: isolate(holder.screenName || t('roster.unnamed')),
            })}
            onClick={() => {
              const actions = store.getState();
              actions.link(holder.participantUUID, claim.rollId!);
              actions.link(uuid, claim.rollId!);
            }}
          >
            {t('roll.claim.secondDevice')}
          </button>
        </>
      ) : null}
    </p>
  );
}
