import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import { useArrivalAnnouncements } from './use-arrival-announcements';
import { useCountdownAnnouncements } from './use-countdown-announcements';
import { useLockAnnouncements } from './use-lock-announcements';
import { useMatchingAnnouncements } from './use-matching-announcements';

/**
 * The panel's polite live region, always present so screen readers are listening before anything
 * is said: waiting-room arrivals, names not yet checked against the roll, the auto-lock's last
 * minute and the lock's changes of state. Two regions take turns, so the
 * same sentence twice in a row is still read twice.
 */
export function LiveAnnouncer() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [said, setSaid] = useState({ text: '', turn: 0 });
  const say = (text: string) => setSaid((last) => ({ text, turn: last.turn + 1 }));

  useArrivalAnnouncements(store, (count) => say(t('announce.waitingArrivals', { count })));
  useMatchingAnnouncements(store, () => say(t('roster.matching')));
  useCountdownAnnouncements(store, (seconds) =>
    say(
      seconds >= 60
        ? t('announce.locksInMinutes', { count: seconds / 60 })
        : t('announce.locksInSeconds', { count: seconds }),
    ),
  );

  useLockAnnouncements(store, (status) => {
    if (status === 'locked') say(t('lock.banner.locked'));
    else if (status === 'lockedRollOnly') say(t('lock.banner.lockedRollOnly'));
    else if (status === 'paused') say(t('lock.banner.paused'));
    else say(t('announce.unlocked'));
  });

  return (
    <div className="live-announcer" data-testid="live-announcer">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {said.turn % 2 === 1 ? said.text : ''}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {said.turn > 0 && said.turn % 2 === 0 ? said.text : ''}
      </div>
    </div>
  );
}
