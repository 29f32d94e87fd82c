import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectHeldEntry } from '../../store/held-selectors';
import { useAppStore } from '../../store/store-context';
import { useProblemText } from '../../hooks/use-problem-text';

/**
 * On a waiting row while locked: a returning roll member, an impostor, a failed admit. Who moved
 * them here (the lock's put-back, a host's send-back) is said on the row's second line
 * (`HeldMoves`): at 320 px a badge strip has no room for "Sent back by a host".
 */
export function HeldBadge({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const problems = useProblemText();
  const entry = useAppStore(selectHeldEntry(participant.participantUUID));
  if (!entry || participant.location !== 'waitingRoom') return null;
  return (
    <>
      {/* Everyone waiting is held while locked (the banner counts them): only the exceptions are marked. */}
      {entry.category === 'rejoin' ? <Badge tone="accent">{t('lock.held.rejoin')}</Badge> : null}
      {entry.category === 'impostor' ? (
        <span className="held-badge--impostor">
          <Badge tone="danger">{t('lock.held.impostor')}</Badge>
        </span>
      ) : null}
      {entry.failure ? (
        <span title={problems.sentence(entry.failure.errorKind)}>
          <Badge tone="danger">
            {t('lock.held.failed', {
              reason: problems.reason(entry.failure.errorKind),
            })}
          </Badge>
        </span>
      ) : null}
    </>
  );
}
