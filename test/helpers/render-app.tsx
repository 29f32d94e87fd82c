import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { App } from '../../src/app/app';
import { bootstrap } from '../../src/app/bootstrap';
import type { BootstrapOptions } from '../../src/app/bootstrap';
import { startLockController } from '../../src/app/lock-controller';
import { startRecordingController } from '../../src/app/recording-controller';
import { startShareController } from '../../src/app/share-controller';
import type { PanelView } from '../../src/app/panel-views';
import { createI18n } from '../../src/i18n/i18n';
import { createAppStore } from '../../src/store/app-store';
import { createStorageSlot } from '../../src/store/services';
import { createFakeMeetingClient } from './fake-meeting-client';
import type { FakeMeetingClient } from './fake-meeting-client';
import { installLayoutShim } from './layout-shim';

export interface RenderAppOptions {
  bootstrap?: BootstrapOptions;
  views?: readonly PanelView[];
  /**
   * Starts the lock controller as main.tsx does (nothing saved to restore): the waiting room's
   * groups and the roll's bulk admit wait for the lock state to be read.
   */
  lock?: boolean;
}

/**
 * Renders the whole panel, in English, wired by the real bootstrap to `client` (a fake meeting by
 * default), as main.tsx does; `storage` is the store's storage slot, empty until a persistence
 * controller opens storage into it. The bootstrap is disposed when the test ends.
 */
export async function renderApp(
  client: FakeMeetingClient = createFakeMeetingClient(),
  options: RenderAppOptions = {},
) {
  installLayoutShim();
  const storage = createStorageSlot();
  const store = createAppStore({ client, storage });
  const i18n = await createI18n('en');
  const dispose = bootstrap(client, store, { visibility: null, ...options.bootstrap });
  onTestFinished(dispose);
  onTestFinished(startRecordingController(client, store));
  onTestFinished(startShareController(client, store));
  if (options.lock) onTestFinished(startLockController(store, { visibility: null, client, i18n }));
  const user = userEvent.setup();
  const view = render(<App store={store} i18n={i18n} views={options.views} />);
  return { ...view, store, storage, client, i18n, user, dispose };
}
