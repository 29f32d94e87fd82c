import { describe, expect, it } from 'vitest';
import { createMatcher } from '../matching';
import type { ParticipantMatch, RollEntry } from '../matching';
import { applyVerdicts, classifyEmailError, judgeEmail, loggedVerdict } from './verify-email';
import type { EmailAnswer, IdentityVerdict } from './types';

const ROLL: RollEntry[] = [
  { id: '1', name: 'María García', email: 'maria.garcia@example.org' },
  { id: '2', name: 'John Smith', email: 'john@example.org' },
  { id: '3', name: 'Ana Pérez' },
  { id: '4', name: 'Lee Wong', email: 'family@example.org' },
  { id: '5', name: 'Kim Wong', email: 'family@example.org' },
];

const matcher = createMatcher(ROLL);
const matchOf = (screenName: string): ParticipantMatch =>
  matcher.matchOne({ participantUUID: 'p', screenName });
const email = (address: string): EmailAnswer => ({ kind: 'email', email: address });

describe('judgeEmail', () => {
  const cases: [string, string, EmailAnswer, IdentityVerdict][] = [
    [
      'same entry',
      'María García',
      email('maria.garcia@example.org'),
      { kind: 'verified', rollId: '1', linked: false },
    ],
    [
      'case and spaces ignored',
      'Maria Garcia',
      email('  Maria.Garcia@Example.ORG '),
      { kind: 'verified', rollId: '1', linked: false },
    ],
    [
      'another entry’s address',
      'María García',
      email('john@example.org'),
      { kind: 'mismatch', claimedRollId: '1', otherRollId: '2' },
    ],
    [
      'an address on no entry',
      'John Smith',
      email('stranger@evil.test'),
      { kind: 'mismatch', claimedRollId: '2', otherRollId: null },
    ],
    [
      'no e-mail on the roll for the claimed entry',
      'Ana Pérez',
      email('ana@example.org'),
      { kind: 'unchecked', reason: 'no-roll-email' },
    ],
    [
      'a device name linked by address',
      'iPhone',
      email('john@example.org'),
      { kind: 'verified', rollId: '2', linked: true },
    ],
    [
      'an unknown name with an unknown address',
      'Zed Q',
      email('zed@example.org'),
      { kind: 'unchecked', reason: 'not-on-roll' },
    ],
    [
      'an address shared by two entries, no name',
      'iPad',
      email('family@example.org'),
      { kind: 'unchecked', reason: 'shared-email' },
    ],
    [
      'a shared address, the name picks one',
      'Kim Wong',
      email('family@example.org'),
      { kind: 'verified', rollId: '5', linked: false },
    ],
    [
      'declined',
      'John Smith',
      { kind: 'error', errorMessage: 'User declined the request' },
      { kind: 'unchecked', reason: 'declined' },
    ],
    [
      'not signed in',
      'John Smith',
      { kind: 'error', errorMessage: 'User is not logged in' },
      { kind: 'unchecked', reason: 'not-signed-in' },
    ],
    ['no answer', 'John Smith', { kind: 'no-answer' }, { kind: 'unchecked', reason: 'no-answer' }],
  ];
  it.each(cases)('%s', (_label, name, answer, expected) => {
    expect(judgeEmail(answer, matchOf(name), ROLL)).toEqual(expected);
  });

  it('an impostor whose address is the imitated entry’s is really that person', () => {
    const lookalike = matchOf('Jоhn Smith'); // Cyrillic о
    expect(lookalike.flags).toContain('impostor');
    expect(judgeEmail(email('john@example.org'), lookalike, ROLL)).toEqual({
      kind: 'verified',
      rollId: '2',
      linked: true,
    });
    expect(judgeEmail(email('x@evil.test'), lookalike, ROLL).kind).toBe('mismatch');
  });

  it('logs only the verdict', () => {
    expect(loggedVerdict({ kind: 'verified', rollId: '1', linked: true })).toBe('verified');
    expect(loggedVerdict({ kind: 'mismatch', claimedRollId: '1', otherRollId: null })).toBe(
      'mismatch',
    );
    expect(loggedVerdict({ kind: 'unchecked', reason: 'declined' })).toBe('declined');
    expect(loggedVerdict({ kind: 'unchecked', reason: 'shared-email' })).toBe('unchecked');
  });

  it('reads Zoom’s error texts as not signed in or declined', () => {
    expect(classifyEmailError('Guest users cannot share email')).toBe('not-signed-in');
    expect(classifyEmailError('unverified email')).toBe('not-signed-in');
    expect(classifyEmailError('user denied')).toBe('declined');
    expect(classifyEmailError('')).toBe('declined');
  });
});

describe('applyVerdicts', () => {
  const report = matcher.matchAll([
    { participantUUID: 'a', screenName: 'María García' },
    { participantUUID: 'b', screenName: 'iPhone' },
    { participantUUID: 'c', screenName: 'John Smith' },
  ]);

  it('a mismatch loses its entry and is flagged; a verified link holds one', () => {
    const verdicts = new Map<string, IdentityVerdict>([
      ['a', { kind: 'mismatch', claimedRollId: '1', otherRollId: null }],
      ['b', { kind: 'verified', rollId: '3', linked: true }],
    ]);
    const next = applyVerdicts(report, verdicts);
    const [a, b] = next.participants;
    expect(a).toMatchObject({ rollId: null, confidence: 'none', candidates: ['1'] });
    expect(a?.flags).toContain('impostor');
    expect(a?.reasons).toContainEqual({ code: 'verified-email-unknown' });
    expect(b).toMatchObject({ rollId: '3', confidence: 'sure' });
    expect(next.claims['1']).toBeUndefined();
    expect(next.claims['3']).toEqual(['b']);
    expect(next.rollStatus).toMatchObject({ '1': 'absent', '2': 'present', '3': 'present' });
  });

  it('returns the same report when nothing changes', () => {
    const verdicts = new Map<string, IdentityVerdict>([
      ['a', { kind: 'verified', rollId: '1', linked: false }],
      ['c', { kind: 'unchecked', reason: 'declined' }],
    ]);
    expect(applyVerdicts(report, verdicts)).toBe(report);
  });
});
