import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../i18n/i18n';
import type { I18n } from '../i18n/i18n';
import { browserLanguages, pickLanguage } from '../i18n/languages';
import { createAppStore } from '../store/app-store';
import { createSdkMeetingClient } from '../zoom/sdk-meeting-client';
import '../styles/index.css';
import { App } from './app';
import { bootstrap } from './bootstrap';
import { startLockController } from './lock-controller';
import { startPersistence } from './persistence-controller';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const store = createAppStore();
  const client = createSdkMeetingClient();
  // Listening before bootstrap connects, so the attendance log misses no event. Its `storage`
  // promise is the one opened storage, for anything else that keeps data (the lock's state).
  const persistence = startPersistence(client, store);
  // Talk to Zoom while the language loads: the first roster paint waits for neither. It lives as
  // long as the page, so its disposer is not needed here.
  bootstrap(client, store);
  let i18n: I18n;
  try {
    i18n = await createI18n(pickLanguage(browserLanguages()));
  } catch {
    // A catalog that fails to load must not cost the host the panel: English is bundled.
    i18n = await createI18n('en');
  }
  // The app-enforced lock and auto-lock, for the page's life, its state kept per meeting.
  startLockController(store, { storage: persistence.storage, i18n });
  createRoot(container).render(
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>,
  );
}

void main();
