import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LockCounts } from './lock-counts';
import { LockDetails } from './lock-details';
import { LockHeadline } from './lock-headline';
import { LockIcon } from './lock-icon';
import { LockInfoButton } from './lock-info-button';
import { LockProblems } from './lock-problems';
import { useFirstReading } from './use-first-reading';
import { useLock } from './use-lock';
import { useRestFit } from './use-rest-fit';

/**
 * Always visible while locked, in one line: the headline (a breach the moment someone is inside
 * who could not be put back), how many it holds and puts back (not while paused), and an info
 * button. The explanation and the controls (LockDetails) are open until the host has read them
 * once, and again whenever the headline changes. What the lock could not do is never folded
 * away. Without the host role (paused) there are no controls.
 */
export function LockBannerBody() {
  const { t } = useTranslation();
  const lock = useLock();
  const detailsId = useId();
  const infoButton = useRef<HTMLButtonElement>(null);
  const line = useRef<HTMLDivElement>(null);
  useRestFit(line);
  const { read, markRead } = useFirstReading();
  const [choice, setChoice] = useState<{ key: string; open: boolean } | null>(null);
  if (lock.status === 'unlocked') return null;
  const paused = lock.status === 'paused';
  const breach = lock.headline === 'breach';
  const modifier = paused ? ' lock-banner--paused' : breach ? ' lock-banner--breach' : '';
  const key = `${lock.lockedSince}:${lock.status}:${breach ? 'breach' : ''}`;
  // The host's choice holds for the lock and headline it was made for (opening the explanation to
  // unlock does not open it on the next lock); a new headline opens again.
  const open = choice?.key === key ? choice.open : !read || paused || breach;
  const controls = lock.canAct && !paused;
  const setOpen = (next: boolean) => setChoice({ key, open: next });
  const headline = <LockHeadline status={lock.status} breach={breach ? lock.problems : []} />;
  return (
    <section
      className={`lock-banner${modifier}`}
      aria-label={t('lock.label')}
      data-testid="lock-banner"
    >
      <div className="lock-banner__line" ref={line}>
        <LockIcon />
        <p
          className="lock-banner__title"
          role={breach ? 'alert' : 'status'}
          data-testid="lock-headline"
        >
          {headline}
        </p>
        {/* Paused, the lock holds nobody and this panel no longer sees the waiting room: the last
            counts would be stale, so none is stated. */}
        {paused ? null : <LockCounts held={lock.held} bounced={lock.bounced} />}
        <LockInfoButton
          buttonRef={infoButton}
          open={open}
          controls={detailsId}
          onToggle={() => setOpen(!open)}
        />
      </div>
      <LockDetails
        id={detailsId}
        open={open}
        paused={paused}
        controls={controls}
        headline={headline}
        onGotIt={() => {
          markRead();
          setOpen(false);
          // "Got it" folds away with the explanation: the focus stays on the ⓘ that opens it.
          infoButton.current?.focus();
        }}
      />
      <LockProblems
        problems={lock.problems}
        waitingRoomFailure={lock.waitingRoomFailure}
        canRetry={controls}
      />
    </section>
  );
}
