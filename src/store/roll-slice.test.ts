import { afterEach, describe, expect, it, vi } from 'vitest';
import { joined, left, person, waiting } from '../../test/helpers/roster-builders';
import type { RosterEvent } from '../domain/meeting/types';
import type { RollEntry } from '../domain/matching';
import * as matching from '../domain/matching';
import { createAppStore } from './app-store';
import { loadMatchingModule, provideMatchingModule } from './matching-loader';
import type { AppStore } from './app-store';
import { selectMatchByUUID, selectMatchReport, selectRollStatus } from './roll-selectors';

const roll: RollEntry[] = [
  { id: '1', name: 'Jane Doe' },
  { id: '2', name: 'Robert Smith' },
  { id: '3', name: 'Amaka Obi' },
  { id: '4', name: 'Lena Müller' },
];

let clock = 0;
function apply(store: AppStore, ...events: RosterEvent[]) {
  store.getState().applyRosterEvents(events.map((event) => ({ event, receivedAt: ++clock })));
}

function meetingWithRoll() {
  const store = createAppStore();
  apply(
    store,
    joined(person('j', 'Jane Doe'), 1),
    joined(person('b', 'Bob Smith'), 2),
    waiting(person('l', 'Lena Mueller'), 3),
    joined(person('x', 'Xavier Nobody'), 4),
  );
  store.getState().setRoll(roll, 'class.csv', { importedAt: 1000 });
  return store;
}

describe('roll slice: matching', () => {
  it('matches everyone in the meeting and waiting room against the roll', () => {
    const store = meetingWithRoll();
    const matches = selectMatchByUUID(store.getState());
    expect(matches.get('j')).toMatchObject({ rollId: '1', confidence: 'sure' });
    expect(matches.get('b')?.rollId).toBe('2');
    expect(matches.get('l')?.rollId).toBe('4');
    expect(matches.get('x')).toMatchObject({ rollId: null, confidence: 'none' });
  });

  it('lists roll entries as present, waiting or absent, with counts', () => {
    const status = selectRollStatus(meetingWithRoll().getState());
    expect(status.entries.map((e) => [e.entry.id, e.status])).toEqual([
      ['1', 'present'],
      ['2', 'present'],
      ['3', 'absent'],
      ['4', 'waiting'],
    ]);
    expect(status.counts).toEqual({ present: 2, waiting: 1, absent: 1, total: 4 });
    expect(status.byId.get('4')?.claimants).toEqual(['l']);
  });

  it('is empty without a roll, and stable', () => {
    const store = createAppStore();
    apply(store, joined(person('j', 'Jane Doe'), 1));
    expect(selectMatchReport(store.getState())).toBeNull();
    expect(selectMatchByUUID(store.getState()).size).toBe(0);
    expect(selectRollStatus(store.getState())).toBe(selectRollStatus(store.getState()));
    expect(selectRollStatus(store.getState()).counts.total).toBe(0);
  });

  it('recomputes only when the roll, the decisions or the people and names change', () => {
    const store = meetingWithRoll();
    const first = selectMatchReport(store.getState());
    const firstMap = selectMatchByUUID(store.getState());
    const firstStatus = selectRollStatus(store.getState());
    // Unrelated state, and a role change: same report, same map, same status.
    store.getState().setWaitingRoomEnabled(false);
    apply(store, joined(person('x', 'Xavier Nobody', 'coHost'), 10));
    expect(selectMatchReport(store.getState())).toBe(first);
    expect(selectMatchByUUID(store.getState())).toBe(firstMap);
    expect(selectRollStatus(store.getState())).toBe(firstStatus);
    // A rename is a new input.
    apply(store, joined(person('x', 'Amaka Obi'), 11));
    const renamed = selectMatchReport(store.getState());
    expect(renamed).not.toBe(first);
    expect(selectMatchByUUID(store.getState()).get('x')?.rollId).toBe('3');
    expect(selectRollStatus(store.getState()).byId.get('3')?.status).toBe('present');
    // A leave is a new input.
    apply(store, left(person('x', 'Amaka Obi'), 12));
    expect(selectMatchReport(store.getState())).not.toBe(renamed);
    expect(selectRollStatus(store.getState()).byId.get('3')?.status).toBe('absent');
  });

  it('builds the matcher once per roll, not once per roster change', async () => {
    const matching = await import('../domain/matching');
    const spy = vi.spyOn(matching, 'createMatcher');
    try {
      const store = meetingWithRoll();
      selectMatchReport(store.getState());
      apply(store, joined(person('n', 'Amaka Obi'), 20));
      selectMatchReport(store.getState());
      apply(store, left(person('n', 'Amaka Obi'), 21));
      selectMatchReport(store.getState());
      const builds = spy.mock.calls.length;
      store.getState().setRoll([...roll], 'again.csv');
      selectMatchReport(store.getState());
      expect(spy.mock.calls.length - builds).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('moves an entry from waiting to present when its person is admitted', () => {
    const store = meetingWithRoll();
    expect(selectRollStatus(store.getState()).byId.get('4')?.status).toBe('waiting');
    apply(store, joined(person('l', 'Lena Mueller'), 30));
    expect(selectRollStatus(store.getState()).byId.get('4')?.status).toBe('present');
  });

  it('gives a second claimant waiting outside the duplicate flag, not the entry', () => {
    const store = meetingWithRoll();
    apply(store, waiting(person('j2', 'Jane Doe'), 40));
    const j2 = selectMatchByUUID(store.getState()).get('j2');
    expect(j2?.rollId).toBeNull();
    expect(j2?.flags).toContain('duplicate');
    expect(selectRollStatus(store.getState()).byId.get('1')?.claimants).toEqual(['j']);
  });
});

describe('roll slice: link and unlink', () => {
  it('links a participant to one or several entries, by their name, and the link wins', () => {
    const store = meetingWithRoll();
    store.getState().link('x', ['3', '2', 'no-such-id']);
    expect(store.getState().rollDecisions).toEqual([
      { kind: 'link', screenName: 'Xavier Nobody', rollId: '3' },
      { kind: 'link', screenName: 'Xavier Nobody', rollId: '2' },
    ]);
    const x = selectMatchByUUID(store.getState()).get('x');
    expect(x).toMatchObject({ rollId: '3', extraRollIds: ['2'], confidence: 'sure' });
    expect(x?.flags).toContain('manual');
    expect(selectRollStatus(store.getState()).byId.get('3')?.status).toBe('present');
  });

  it('unlinks one entry, or everything a participant holds, including an automatic match', () => {
    const store = meetingWithRoll();
    store.getState().unlink('j');
    expect(store.getState().rollDecisions).toEqual([
      { kind: 'unlink', screenName: 'Jane Doe', rollId: '1' },
    ]);
    expect(selectMatchByUUID(store.getState()).get('j')?.rollId).not.toBe('1');
    expect(selectRollStatus(store.getState()).byId.get('1')?.status).toBe('absent');

    store.getState().link('x', ['3', '2']);
    store.getState().unlink('x', '2');
    expect(selectMatchByUUID(store.getState()).get('x')).toMatchObject({ rollId: '3' });
    store.getState().unlink('x');
    expect(selectMatchByUUID(store.getState()).get('x')?.rollId).toBeNull();
    // One decision per (name, entry): the latest replaced the earlier ones.
    expect(store.getState().rollDecisions.filter((d) => d.screenName === 'Xavier Nobody')).toEqual([
      { kind: 'unlink', screenName: 'Xavier Nobody', rollId: '2' },
      { kind: 'unlink', screenName: 'Xavier Nobody', rollId: '3' },
    ]);
  });

  it('does nothing for an unknown participant or without a roll; a new roll drops old decisions', () => {
    const store = meetingWithRoll();
    store.getState().link('nobody', '1');
    expect(store.getState().rollDecisions).toEqual([]);
    apply(store, joined(person('blank', '  '), 50));
    store.getState().link('blank', '1');
    expect(store.getState().rollDecisions).toEqual([]);
    store.getState().link('x', '1');
    store.getState().setRoll(roll, 'new.csv');
    expect(store.getState().rollDecisions).toEqual([]);
    store.getState().clearRoll();
    store.getState().link('x', '1');
    expect(store.getState().roll).toBeNull();
    expect(store.getState().rollDecisions).toEqual([]);
  });
});

describe('roll slice: the import flow', () => {
  it('previews a pasted list, then confirms it as the roll', async () => {
    const store = createAppStore();
    await store.getState().readRollText('Jane Doe\nRobert Smith\n\nJane Doe\n', 'Pasted list');
    const flow = store.getState().rollImport;
    expect(flow.status).toBe('preview');
    if (flow.status !== 'preview' || !flow.result.ok) throw new Error('expected a preview');
    expect(flow.result.stats).toMatchObject({ imported: 2, blankSkipped: 1, duplicatesMerged: 1 });
    expect(store.getState().roll).toBeNull();
    expect(store.getState().confirmRollImport()).toBe(true);
    expect(store.getState().roll).toMatchObject({ name: 'Pasted list' });
    expect(store.getState().roll?.entries.map((e) => e.name)).toEqual(['Jane Doe', 'Robert Smith']);
    expect(store.getState().rollImport.status).toBe('idle');
  });

  it('keeps the old roll and shows the specific error for a binary file', async () => {
    const store = meetingWithRoll();
    const before = store.getState().roll;
    await store
      .getState()
      .readRollFile(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), 'x.csv');
    const flow = store.getState().rollImport;
    expect(flow).toMatchObject({ status: 'error', code: 'binary' });
    expect(flow.status === 'error' && flow.message).toMatchObject({
      key: 'rollImport.error.binary',
      params: { name: 'x.csv' },
    });
    expect(store.getState().confirmRollImport()).toBe(false);
    expect(store.getState().roll).toBe(before);
  });

  it('drops a slow read that a newer import or a cancel overtook', async () => {
    const store = createAppStore();
    const slow = store
      .getState()
      .readRollFile(new TextEncoder().encode('Name\nOld One\n'), 'old.csv');
    store.getState().cancelRollImport();
    await slow;
    expect(store.getState().rollImport.status).toBe('idle');
  });

  it('lets the host pick the name column and re-builds the preview', async () => {
    const store = createAppStore();
    await store
      .getState()
      .readRollText('Code\tWho\nA1\tJane Doe\nB2\tRobert Smith\n', 'Pasted list');
    const names = () => {
      const flow = store.getState().rollImport;
      if (flow.status !== 'preview' || !flow.result.ok) throw new Error('expected a preview');
      return flow.result.roll.map((e) => e.name);
    };
    store.getState().remapRollImport({ columns: { name: 0 }, headerRow: 0 });
    expect(names()).toEqual(['A1', 'B2']);
    store.getState().remapRollImport({ columns: { name: 1 }, headerRow: 0 });
    expect(names()).toEqual(['Jane Doe', 'Robert Smith']);
  });
});

describe('matching, in the live panel', () => {
  afterEach(() => provideMatchingModule(matching));

  it('is ready once the matcher and what it waits for (the words for matches) are both in', async () => {
    provideMatchingModule(null);
    let release = () => {};
    const words = new Promise<void>((resolve) => (release = resolve));
    const store = createAppStore({ matchingWaitsFor: () => words });
    expect(store.getState().matchingReady).toBe(false);
    const loading = store.getState().loadMatching();
    await loadMatchingModule();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().matchingReady).toBe(false);
    release();
    await loading;
    expect(store.getState().matchingReady).toBe(true);
  });

  it('still gets ready when the words fail to load: the lock’s roll-only mode needs matches', async () => {
    provideMatchingModule(null);
    const store = createAppStore({
      matchingWaitsFor: () => Promise.reject(new Error('offline')),
    });
    await store.getState().loadMatching();
    expect(store.getState().matchingReady).toBe(true);
  });
});
