import { describe, expect, it } from 'vitest';
import { joined, person } from '../../test/helpers/roster-builders';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { RollEntry } from '../domain/matching';
import { MeetingError } from '../zoom/errors';
import { createAppStore } from './app-store';
import { selectEmailVerificationOn, selectVerifyBlocker } from './identity-slice';
import { selectMatchByUUID, selectRollStatus, selectVerdictByUUID } from './roll-selectors';

const ROLL: RollEntry[] = [
  { id: '1', name: 'Jane Doe', email: 'jane@example.org' },
  { id: '2', name: 'Robert Smith', email: 'rob@example.org' },
  { id: '3', name: 'Amaka Obi', email: 'amaka@example.org' },
];

function meeting() {
  const client = createFakeMeetingClient();
  const store = createAppStore({ client, clock: () => 5000 });
  const state = store.getState();
  state.updateConnection({
    status: 'ready',
    clientInfo: { clientVersion: '6.4.10.1234', runningContext: 'inMeeting', unsupportedApis: [] },
  });
  state.applyRosterEvents(
    [
      joined(person('j', 'Jane Doe'), 1),
      joined(person('f', 'Robert Smith'), 2),
      joined(person('i', 'iPhone'), 3),
      joined(person('g', 'Guest'), 4),
      joined(person('z', 'Zed Unknown'), 5),
    ].map((event, n) => ({ event, receivedAt: n })),
  );
  state.setRoll(ROLL, 'roll.csv', { importedAt: 1 });
  return { client, store };
}

describe('identity slice', () => {
  it('asks Zoom with the reason, judges each answer at once and logs only the verdict', async () => {
    const { client, store } = meeting();
    await store.getState().verifyEmails('  Roll check  ');
    expect(client.calls.find((c) => c.api === 'requestEmails')?.args).toEqual(['Roll check']);
    expect(store.getState().emailRequest).toMatchObject({ status: 'waiting' });
    const answer = store.getState().receiveEmailAnswer;
    answer('j', { kind: 'email', email: 'JANE@example.org' });
    answer('f', { kind: 'email', email: 'amaka@example.org' });
    answer('i', { kind: 'email', email: 'rob@example.org' });
    answer('g', { kind: 'error', errorMessage: 'not logged in' });
    answer('z', { kind: 'email', email: 'zed@elsewhere.test' });

    const state = store.getState();
    const verdicts = selectVerdictByUUID(state);
    expect(verdicts.get('j')).toEqual({ kind: 'verified', rollId: '1', linked: false });
    expect(verdicts.get('f')).toEqual({ kind: 'mismatch', claimedRollId: '2', otherRollId: '3' });
    expect(verdicts.get('i')).toEqual({ kind: 'verified', rollId: '2', linked: true });
    expect(verdicts.get('g')).toEqual({ kind: 'unchecked', reason: 'not-signed-in' });
    // The impostor loses the entry; the iPhone holds it, by its verified address.
    const matches = selectMatchByUUID(state);
    expect(matches.get('f')).toMatchObject({ rollId: null, flags: ['impostor'] });
    expect(matches.get('i')).toMatchObject({ rollId: '2', confidence: 'sure' });
    expect(selectRollStatus(state).byId.get('2')?.claimants).toEqual(['i']);

    const logged = state.attendance.log.filter((event) => event.kind === 'verification');
    expect(logged.map((event) => 'verdict' in event && event.verdict)).toEqual([
      'verified',
      'mismatch',
      'verified',
      'not-signed-in',
      'unchecked',
    ]);
    // No address anywhere in the state: not in verdicts, not in the log.
    const everything = JSON.stringify(state, (_key, value: unknown) =>
      value instanceof Map ? [...value.entries()] : value,
    );
    expect(everything).not.toMatch(/elsewhere\.test|JANE@/);
  });

  it('a verdict stops applying after a rename, and a new roll needs a new check', async () => {
    const { store } = meeting();
    await store.getState().verifyEmails('why');
    store.getState().receiveEmailAnswer('f', { kind: 'email', email: 'amaka@example.org' });
    expect(selectVerdictByUUID(store.getState()).get('f')?.kind).toBe('mismatch');
    store
      .getState()
      .applyRosterEvents([{ event: joined(person('f', 'Rob Smith'), 9), receivedAt: 9 }]);
    expect(selectVerdictByUUID(store.getState()).get('f')).toBeUndefined();
    store.getState().setRoll(ROLL.slice(), 'again.csv', { importedAt: 2 });
    expect(selectVerdictByUUID(store.getState()).size).toBe(0);
  });

  it('ignores answers nobody asked for, and marks the silent as no answer at the end', async () => {
    const { store } = meeting();
    store.getState().receiveEmailAnswer('j', { kind: 'email', email: 'jane@example.org' });
    expect(store.getState().identityVerdicts.size).toBe(0);
    await store.getState().verifyEmails('why');
    store.getState().receiveEmailAnswer('j', { kind: 'email', email: 'jane@example.org' });
    store.getState().finishEmailRequest();
    const verdicts = selectVerdictByUUID(store.getState());
    expect(verdicts.get('j')?.kind).toBe('verified');
    expect(verdicts.get('f')).toEqual({ kind: 'unchecked', reason: 'no-answer' });
    expect(verdicts.has('me')).toBe(false);
    expect(store.getState().emailRequest.status).toBe('idle');
  });

  it('is off in the anonymous support group preset until the host turns it on', async () => {
    const { client, store } = meeting();
    store.getState().setChecklistPreset('anonymous-support-group');
    expect(selectEmailVerificationOn(store.getState())).toBe(false);
    expect(selectVerifyBlocker(store.getState())).toBe('off');
    await store.getState().verifyEmails('why');
    expect(client.calls.some((c) => c.api === 'requestEmails')).toBe(false);
    store.getState().setEmailVerification(true);
    expect(selectVerifyBlocker(store.getState())).toBeNull();
  });

  it('says why it cannot run: an old client, no roll e-mails', () => {
    const { store } = meeting();
    store.getState().updateConnection({
      clientInfo: { clientVersion: '5.16.2', runningContext: 'inMeeting', unsupportedApis: [] },
    });
    expect(selectVerifyBlocker(store.getState())).toBe('old-client');
    store.getState().updateConnection({
      clientInfo: { clientVersion: '5.17.0', runningContext: 'inMeeting', unsupportedApis: [] },
    });
    store.getState().setRoll([{ id: '1', name: 'Jane Doe' }], 'names.csv');
    expect(selectVerifyBlocker(store.getState())).toBe('no-roll-emails');
  });

  it('keeps a refusal from Zoom as a plain failure', async () => {
    const { client, store } = meeting();
    client.failNext(
      'requestEmails',
      new MeetingError('unsupported', 'getMeetingParticipantsEmail', 'Not supported.'),
    );
    await store.getState().verifyEmails('why');
    expect(store.getState().emailRequest).toMatchObject({
      status: 'failed',
      problem: 'unsupported',
    });
  });
});
