import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { handFocusTo } from '../../components/ui/focus-handoff';
import { useAppStoreApi } from '../../store/store-context';
import { RollOnlyToggle } from './roll-only-toggle';

/**
 * The lock's explanation under its line: the headline in full, why it is paused, that host
 * decisions stand, and the honest limit (Doorkeeper enforces it only while a host or co-host has
 * it open); with the controls (roll only, Unlock) when the host may use them, and "Got it".
 */
export function LockDetails({
  id,
  open,
  paused,
  controls,
  headline,
  onGotIt,
}: {
  id: string;
  open: boolean;
  paused: boolean;
  controls: boolean;
  headline: ReactNode;
  onGotIt: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <div className="lock-banner__details" id={id} hidden={!open}>
      <p className="lock-banner__text">{headline}</p>
      {paused ? <p className="lock-banner__text">{t('lock.banner.pausedBody')}</p> : null}
      <p className="lock-banner__standing">{t('lock.banner.standing')}</p>
      <p className="lock-banner__honest">{t('lock.banner.honest')}</p>
      <div className="lock-banner__buttons">
        {controls ? <RollOnlyToggle /> : null}
        {controls ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              store.getState().unlock();
              // The banner goes with the lock: the focus moves to "Lock now", which comes back.
              handFocusTo('.app__toolbar .button--lock');
            }}
          >
            {t('lock.unlock')}
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={onGotIt}>
          {t('lock.banner.gotIt')}
        </button>
      </div>
    </div>
  );
}
