import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { startPersistence } from '../../app/persistence-controller';
import type { PersistenceControllerOptions } from '../../app/persistence-controller';
import { openDoorkeeperStore } from '../../persistence/open-store';
import { MemoryStore } from '../../persistence/memory-store';
import type { StorageErrorKind } from '../../persistence/errors';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** The whole panel, with the persistence controller wired as main.tsx wires it. */
async function renderPanel(open: PersistenceControllerOptions['open']) {
  const client = createFakeMeetingClient();
  const rendered = await renderApp(client);
  const persistence = startPersistence(client, rendered.store, rendered.storage, {
    open,
    lifecycle: null,
  });
  stops.push(persistence.dispose);
  return { ...rendered, persistence };
}

/** IndexedDB as a browser in private mode offers it: there, but every open is refused. */
const refusingIndexedDB = {
  open: () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  deleteDatabase: () => {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as IDBFactory;

describe('storage failure banner', () => {
  it('says plainly that nothing is saved when IndexedDB refuses to open, and the panel works on', async () => {
    const { store, client, user } = await renderPanel((now, onFallback) =>
      openDoorkeeperStore({
        indexedDB: refusingIndexedDB,
        now,
        onFallback: (error) => onFallback(error.kind),
      }).then(({ store: opened, purged }) => ({
        store: opened,
        problem: opened.status.error?.kind ?? null,
        purged,
      })),
    );
    const banner = await screen.findByTestId('storage-banner');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent('Not saving.');
    expect(banner).toHaveTextContent('private mode');
    expect(await screen.findByRole('heading', { name: 'In meeting (1)' })).toBeInTheDocument();

    await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
    const ann = client.join('Ann Lee');
    expect(
      store
        .getState()
        .attendance.log.some(
          (e) => 'participantUUID' in e && e.participantUUID === ann.participantUUID,
        ),
    ).toBe(true);
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('storage-banner')).not.toBeInTheDocument();
  });

  it('appears when the disk fills up mid-meeting', async () => {
    let fail: (kind: StorageErrorKind) => void = () => {};
    await renderPanel(async (_now, onFallback) => {
      fail = onFallback;
      return { store: new MemoryStore(), problem: null, purged: 0 };
    });
    await screen.findByRole('heading', { name: 'In meeting (1)' });
    expect(screen.queryByTestId('storage-banner')).not.toBeInTheDocument();
    fail('quota');
    expect(await screen.findByTestId('storage-banner')).toHaveTextContent('no room left');
  });
});

describe('damaged saved data', () => {
  it('a meeting record with startedAt "x" no longer blanks the panel: it is repaired and the host told', async () => {
    const seeded = new MemoryStore({
      rolls: [],
      topics: [],
      decisions: [],
      events: [],
      settings: null,
      meetings: [
        {
          meetingUUID: 'meeting-uuid-1',
          topic: 'Weekly',
          firstSeenAt: Date.now() - 60_000,
          startedAt: 'x' as unknown as number,
          lastSeenAt: Date.now() - 30_000,
          rollId: null,
          lockState: null,
        },
      ],
    });
    await renderPanel(async () => ({ store: seeded, problem: null, purged: 0 }));
    const notice = await screen.findByTestId('storage-dropped');
    expect(notice).toHaveTextContent('1 damaged saved value was dropped');
    expect(await screen.findByRole('heading', { name: 'In meeting (1)' })).toBeInTheDocument();
  });
});
