import { useTranslation } from 'react-i18next';
import { lockStatus } from '../../domain/lock';
import { useAppStore } from '../../store/store-context';
import { LockHeadline } from './lock-headline';

/**
 * If the banner's own parts ever crash, the lock's state is still stated, never hidden. It reads
 * as little as it can (no held list), so whatever broke the full banner is unlikely to break it.
 */
export function LockBannerPlain() {
  const { t } = useTranslation();
  const status = useAppStore((state) => lockStatus(state.lock));
  const problems = useAppStore((state) => state.lockProblems);
  if (status === 'unlocked') return null;
  const breach = Array.isArray(problems) ? problems : [];
  return (
    <section className="lock-banner" aria-label={t('lock.label')} data-testid="lock-banner">
      <p className="lock-banner__title" role="status">
        <LockHeadline status={status} breach={breach} />
      </p>
    </section>
  );
}
