import { describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { joined, person } from '../../../test/helpers/roster-builders';
import { createAppStore } from '../../store/app-store';
import { planFix } from './fix-plan';

function storeWith(...names: [string, string][]) {
  const store = createAppStore();
  store.getState().applyRosterEvents(
    names.map(([uuid, name], i) => ({
      event: joined(person(uuid, name), i + 1),
      receivedAt: i + 1,
    })),
  );
  return store;
}

describe('planFix', () => {
  it('previews privacy renames, leaving out names that would not change', () => {
    const store = storeWith(['a', 'Jane Doe'], ['b', 'Ann L.'], ['c', 'bob.smith@example.org']);
    const plan = planFix(
      { kind: 'privacyRename', participantUUIDs: ['a', 'b', 'c', 'gone'] },
      store,
      store.getState().roster.participants,
    );
    expect(plan.kind).toBe('rename');
    if (plan.kind !== 'rename') return;
    expect(plan.renames).toEqual([
      { participantUUID: 'a', from: 'Jane Doe', to: 'Jane D.' },
      { participantUUID: 'c', from: 'bob.smith@example.org', to: 'Bob S.' },
    ]);
  });

  it('renames from the name the person chose, with the family initial from a sure match', () => {
    // The same rule as the bulk rename. The display name alone would say "Juan R." and "María S."
    // (its last word); the roll's family-name column says García and Pérez. "Bob" stays as shown,
    // never the roll's Robert.
    const store = storeWith(
      ['a', 'Bob Whitfield'],
      ['b', 'María José Pérez Soto'],
      ['c', 'Juan García Rojas'],
      ['d', 'Zed Stranger'],
    );
    store.getState().setRoll(
      [
        { id: '1', name: 'Robert Whitfield' },
        { id: '2', name: 'María José Pérez Soto', family: 'Pérez Soto' },
        { id: '3', name: 'Juan García Rojas', family: 'García Rojas' },
      ],
      'group.csv',
      { importedAt: 1000 },
    );
    const plan = planFix(
      { kind: 'privacyRename', participantUUIDs: ['a', 'b', 'c', 'd'] },
      store,
      store.getState().roster.participants,
    );
    expect(plan.kind === 'rename' && plan.renames.map((r) => r.to)).toEqual([
      'Bob W.',
      'María P.',
      'Juan G.',
      'Zed S.',
    ]);
  });

  it('lists the people to review by their current names, skipping anyone who left', () => {
    const store = storeWith(['i', 'J\u0430ne Doe']);
    expect(
      planFix(
        { kind: 'reviewImpostors', participantUUIDs: ['i', 'x'] },
        store,
        store.getState().roster.participants,
      ),
    ).toEqual({
      kind: 'review',
      people: [{ participantUUID: 'i', screenName: 'J\u0430ne Doe' }],
    });
  });

  it('stops a cloud recording with one click, through Zoom', async () => {
    const client = createFakeMeetingClient({ cloudRecording: 'started' });
    const store = createAppStore({ client });
    const plan = planFix({ kind: 'stopCloudRecording' }, store, new Map());
    expect(plan.kind === 'run' && plan.run()).toBe(true);
    await vi.waitFor(() => expect(client.state.cloudRecording).toBe('stopped'));
    expect(store.getState().cloudRecording).toBe('stopped');
  });

  it('revokes local recording for the people named, counting "nothing to revoke" as done', async () => {
    const client = createFakeMeetingClient({ localRecording: new Set(['a']) });
    const store = createAppStore({ client });
    const plan = planFix(
      { kind: 'revokeLocalRecording', participantUUIDs: ['a', 'b'] },
      store,
      new Map(),
    );
    expect(plan.kind === 'run' && plan.run()).toBe(true);
    await vi.waitFor(() => expect(store.getState().localRecordingRevoked).toEqual(['a', 'b']));
    expect(client.state.localRecording.size).toBe(0);
    expect(store.getState().recordingWork).toEqual({ kind: 'idle' });
  });

  it('hands the waiting-room switch to the host actions, whose summary reports the outcome', () => {
    const store = createAppStore();
    const plan = planFix({ kind: 'enableWaitingRoom' }, store, new Map());
    expect(plan.kind === 'run' && plan.run()).toBe(true);
    expect(store.getState().actionBatches.map((b) => [b.kind, b.enabled])).toEqual([
      ['setWaitingRoom', true],
    ]);
  });
});
