import { useTranslation } from 'react-i18next';

/**
 * How many the lock holds, and how many it has put back, after the headline. On a narrow line
 * each is shown whole or not at all (panel.css): "0 p…" and "· 1 …" said nothing, and the state
 * before them already says the lock holds. The text reads as one line, as before.
 */
export function LockCounts({ held, bounced }: { held: number; bounced: number }) {
  const { t } = useTranslation();
  return (
    <p className="lock-banner__counts">
      <span className="lock-banner__count">{t('lock.banner.held', { count: held })}</span>
      {bounced > 0 ? (
        <span className="lock-banner__count lock-banner__count--more">
          {` · ${t('lock.banner.bounced', { count: bounced })}`}
        </span>
      ) : null}
    </p>
  );
}
