import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadDeferred } from '../components/ui/deferred';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { createI18n } from '../i18n/i18n';
import { loadLaterStrings } from '../i18n/later-strings';
import type { I18n } from '../i18n/i18n';
import { browserLanguages, pickLanguage } from '../i18n/languages';
import { createAppStore } from '../store/app-store';
import type { AppStore } from '../store/app-store';
import { createStorageSlot } from '../store/services';
import { watch } from '../store/watch';
import { createSdkMeetingClient } from '../zoom/sdk-meeting-client';
import '../styles/index.css';
import { App } from './app';
import { bootstrap } from './bootstrap';
import { logCrash } from './crash-boundaries';
import { startIdentityController } from './identity-controller';
import { startLockController } from './lock-controller';
import { startPersistence } from './persistence-controller';
import { startRecordingController } from './recording-controller';
import { startShareController } from './share-controller';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const client = createSdkMeetingClient();
  // The store's actions call Zoom through the client and keep data in the storage the
  // persistence controller opens into the slot.
  const storage = createStorageSlot();
  // Matches are worded in the later English (roll.match, roll.reason…): matching waits for it too.
  const store = createAppStore({ client, storage, matchingWaitsFor: loadLaterStrings });
  // Listening before bootstrap connects, so the attendance log misses no event. It owns the
  // meeting's stored record, and hands the lock its part (saved state, the meeting's start).
  const persistence = startPersistence(client, store, storage);
  // Talk to Zoom while the language loads: the first roster paint waits for neither. It lives as
  // long as the page, so its disposer is not needed here.
  bootstrap(client, store);
  // Ends each "Verify e-mails" round once people had time to answer.
  startIdentityController(store);
  // Cloud recording, live in the header and the checklist.
  startRecordingController(client, store);
  // Who shares their screen, for the header's alert about unknown or flagged sharers.
  startShareController(client, store);
  let i18n: I18n;
  try {
    i18n = await createI18n(pickLanguage(browserLanguages()), { laterStrings: 'afterPaint' });
  } catch {
    // A catalog that fails to load must not cost the host the panel: English is bundled.
    i18n = await createI18n('en', { laterStrings: 'afterPaint' });
  }
  // The app-enforced lock and auto-lock, for the page's life, its state kept per meeting.
  startLockController(store, { client, records: persistence.lockRecords, i18n });
  // Every view and header part has its own boundary, and the app one more; anything that still
  // escapes (the last fallback itself crashing) is logged, and the panel is drawn once more rather
  // than left in whatever state the crash left it. Preact's createRoot takes no onUncaughtError,
  // hence a boundary of our own at the top.
  let redrawn = false;
  const lastResort = (_error: unknown, reset: () => void): null => {
    if (!redrawn) {
      redrawn = true;
      queueMicrotask(reset);
    }
    return null;
  };
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary onError={logCrash} fallback={lastResort}>
        <App store={store} i18n={i18n} />
      </ErrorBoundary>
    </StrictMode>,
  );
  loadAfterFirstRoster(store);
}

/**
 * The matcher (and its tables), the rest of the English and the dialogs load once the roster has
 * painted, so they never delay that paint; a roll that arrives sooner loads the matcher at once (roll slice),
 * and a view that needs the words waits for them (`withLaterStrings`).
 */
function loadAfterFirstRoster(store: AppStore): void {
  const start = (): void => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        void store.getState().loadMatching();
        // A failed fetch is retried by the first view that needs the words.
        loadLaterStrings().catch(() => {});
        void preloadDeferred();
      }, 0),
    );
  };
  if (store.getState().connection.status === 'ready') {
    start();
    return;
  }
  const stop = watch(
    store,
    (state) => state.connection.status,
    (status) => {
      if (status !== 'ready') return;
      stop();
      start();
    },
  );
}

void main();
