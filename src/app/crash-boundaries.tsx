import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary, describeError } from '../components/ui/error-boundary';
import { LockBanner } from '../features/lock/lock-banner';
import { DataControls } from '../features/settings/data-controls';

/** Crashes go to the console with React's component stack (Doorkeeper sends nothing anywhere). */
export function logCrash(error: unknown, info: Pick<ErrorInfo, 'componentStack'>): void {
  console.error('Doorkeeper: a part of the panel crashed', error, info.componentStack ?? '');
}

function CrashNotice({
  error,
  reset,
  messageKey,
  children,
}: {
  error: unknown;
  reset: () => void;
  messageKey: 'crash.view' | 'crash.part';
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="crash" role="alert">
      <p className="crash__text">{t(messageKey, { message: describeError(error) })}</p>
      <button type="button" className="button button--small" onClick={reset}>
        {t('crash.retry')}
      </button>
      {children}
    </div>
  );
}

/**
 * A view that crashes shows why and a retry, never a blank panel; and since the crash may be in
 * Settings itself, "Delete all Doorkeeper data" stays reachable from here.
 */
export function ViewBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      onError={logCrash}
      fallback={(error, reset) => (
        <CrashNotice error={error} reset={reset} messageKey="crash.view">
          <ErrorBoundary onError={logCrash} fallback={() => null}>
            <DataControls />
          </ErrorBoundary>
        </CrashNotice>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** One header add-on or toolbar piece: its crash costs only itself (the lock banner has its own fallback). */
export function PartBoundary({
  children,
  Fallback,
}: {
  children: ReactNode;
  Fallback?: ComponentType;
}) {
  return (
    <ErrorBoundary
      onError={logCrash}
      fallback={(error, reset) =>
        Fallback ? (
          <Fallback />
        ) : (
          <CrashNotice error={error} reset={reset} messageKey="crash.part" />
        )
      }
    >
      {children}
    </ErrorBoundary>
  );
}

/**
 * Around the whole panel: if even the shell crashes, the lock's state and "Delete all Doorkeeper
 * data" are still on screen.
 */
export function RootBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      onError={logCrash}
      fallback={(error, reset) => (
        <div className="app">
          <LockBanner />
          <CrashNotice error={error} reset={reset} messageKey="crash.view">
            <ErrorBoundary onError={logCrash} fallback={() => null}>
              <DataControls />
            </ErrorBoundary>
          </CrashNotice>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
