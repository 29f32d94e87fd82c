import { describe, expect, it } from 'vitest';
import { byParticipant } from './by-participant';

describe('byParticipant', () => {
  const jane = { participantUUID: 'u1', name: 'Jane' };
  const omar = { participantUUID: 'u2', name: 'Omar' };

  it('indexes a list by participant UUID, the last of a UUID winning', () => {
    const later = { participantUUID: 'u1', name: 'Jane D.' };
    const index = byParticipant([jane, omar, later]);
    expect([...index.keys()]).toEqual(['u1', 'u2']);
    expect(index.get('u1')).toBe(later);
    expect(index.get('u2')).toBe(omar);
  });

  it('hands a map back as it is', () => {
    const map = new Map([['u1', jane]]);
    expect(byParticipant(map)).toBe(map);
  });
});
