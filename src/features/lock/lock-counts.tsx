import { useTranslation } from 'react-i18next';

/** How many the lock holds, and how many it has put back, after the headline. */
export function LockCounts({ held, bounced }: { held: number; bounced: number }) {
  const { t } = useTranslation();
  return (
    <p className="lock-banner__counts">
      {t('lock.banner.held', { count: held })}
      {bounced > 0 ? ` · ${t('lock.banner.bounced', { count: bounced })}` : null}
    </p>
  );
}
