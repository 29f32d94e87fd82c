import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectVerifyBlocker } from '../../store/identity-slice';
import { useAppStore } from '../../store/store-context';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';

import { VerifyEmailsStatus } from './verify-emails-status';

// Opened by a click: its own chunk, fetched right after the first paint with its words.
const VerifyEmailsDialog = deferred(
  withLaterStrings(() => import('./verify-emails-dialog').then((m) => m.VerifyEmailsDialog)),
);

/**
 * "Verify e-mails": offered while verification is on. On a client too old for it the button is
 * gone and a line says why; without a roll that has e-mails it is disabled, with the reason.
 */
export function VerifyEmailsToolbar() {
  const { t } = useTranslation();
  const blocker = useAppStore(selectVerifyBlocker);
  const version = useAppStore((state) => state.connection.clientInfo?.clientVersion ?? '');
  const asking = useAppStore((state) => state.emailRequest.status === 'asking');
  const [open, setOpen] = useState(false);
  if (blocker === 'off') return null;
  if (blocker === 'old-client')
    return (
      <p className="identity-toolbar__note" data-testid="verify-emails-unavailable">
        {t('identity.oldClient', { version: version || t('identity.unknownVersion') })}
      </p>
    );
  return (
    <div className="identity-toolbar">
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        disabled={blocker !== null || asking}
        aria-describedby={blocker ? 'verify-emails-why' : undefined}
        onClick={() => setOpen(true)}
      >
        {t('identity.verify')}
      </button>
      {blocker ? (
        <span className="identity-toolbar__note" id="verify-emails-why">
          {t(`identity.blocked.${blocker}`)}
        </span>
      ) : (
        <VerifyEmailsStatus />
      )}
      {open ? <VerifyEmailsDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
