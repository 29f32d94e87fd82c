import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import type { BadgeTone } from '../../components/ui/badge';
import type { RollEntryStatus, RollPresence } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';
import { ForgetButton } from '../../components/ui/forget-button';
import { useForgetRollEntry } from '../../hooks/use-forget';

const TONE: Readonly<Record<RollPresence, BadgeTone>> = {
  present: 'success',
  waiting: 'warning',
  absent: 'neutral',
};

/** One person on the roll: name, Present / Waiting / Absent, and the display name holding it. */
export function RollEntryRow({ item }: { item: RollEntryStatus }) {
  const { t } = useTranslation();
  const first = item.claimants[0];
  const heldAs = useAppStore((state) =>
    first === undefined ? undefined : state.roster.participants.get(first)?.screenName,
  );
  const others = item.claimants.length - 1;
  const forget = useForgetRollEntry(item.entry.id, item.entry.name);
  return (
    <div
      className="roll-entry"
      data-testid="roll-entry"
      data-status={item.status}
      data-roll-id={item.entry.id}
    >
      <bdi className="roll-entry__name" title={item.entry.name}>
        {item.entry.name}
      </bdi>
      {heldAs !== undefined && heldAs !== item.entry.name ? (
        <span className="roll-entry__as">
          {t('roll.list.heldAs')} <bdi title={heldAs}>{heldAs}</bdi>
          {others > 0 ? ` ${t('roll.list.andOthers', { count: others })}` : null}
        </span>
      ) : null}
      <Badge tone={TONE[item.status]}>{t(`roll.status.${item.status}`)}</Badge>
      <ForgetButton name={item.entry.name} onForget={forget} />
    </div>
  );
}
