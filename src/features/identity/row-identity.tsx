import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { BadgeTone } from '../../components/ui/badge';
import type { IdentityVerdict } from '../../domain/identity';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectRollEntryMap, selectVerdictByUUID } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';

const TONE: Record<IdentityVerdict['kind'], BadgeTone> = {
  verified: 'success',
  mismatch: 'danger',
  unchecked: 'neutral',
};

/**
 * A roster row's e-mail verdict (a row add-on): Verified, Mismatch with its reason, or plainly why
 * there is none; "Asked" while their answer is awaited. Nothing for people never asked.
 */
export function RowIdentity({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const uuid = participant.participantUUID;
  const verdict = useAppStore((state) => selectVerdictByUUID(state).get(uuid));
  const entries = useAppStore(selectRollEntryMap);
  const awaited = useAppStore(
    (state) =>
      state.emailRequest.status === 'waiting' &&
      state.emailRequest.asked.includes(uuid) &&
      (state.identityVerdicts.get(uuid)?.at ?? -1) < (state.emailRequest.askedAt ?? 0),
  );
  if (!verdict) return awaited ? <Badge>{t('identity.badge.asked')}</Badge> : null;
  const label =
    verdict.kind === 'unchecked'
      ? t(`identity.badge.${verdict.reason}`)
      : t(`identity.badge.${verdict.kind}`);
  let reason = '';
  if (verdict.kind === 'mismatch') {
    const claimed = entries.get(verdict.claimedRollId)?.name ?? '';
    const other = verdict.otherRollId ? (entries.get(verdict.otherRollId)?.name ?? '') : '';
    reason = other
      ? t('identity.reason.otherEntry', { claimed, other })
      : t('identity.reason.notOnRoll', { claimed });
  }
  return (
    <span className="row-identity" data-testid="row-identity" data-verdict={verdict.kind}>
      <Badge tone={TONE[verdict.kind]}>{label}</Badge>
      {reason ? <span className="row-identity__reason">{reason}</span> : null}
    </span>
  );
}
