import { ErrorBoundary } from '../../components/ui/error-boundary';
import { LockBannerBody } from './lock-banner-body';
import { LockBannerPlain } from './lock-banner-plain';

/** The lock's banner; if its parts crash, a plain line still states the lock. */
export function LockBanner() {
  return (
    <ErrorBoundary fallback={() => <LockBannerPlain />}>
      <LockBannerBody />
    </ErrorBoundary>
  );
}
