import { describe, expect, it } from 'vitest';
import { buildScenario, parseScenarioName, rollToCsv } from './scenarios';

describe('scenarios', () => {
  it.each([1, 2, 3, 4, 5, 17, 42])(
    'rush (seed %i): 40 arrivals within a minute, two strangers and one impersonator of a roll name',
    (seed) => {
      const { setup, timeline, roll } = buildScenario('rush', seed);
      expect(setup.waitingRoom).toBe(true);
      expect(timeline).toHaveLength(40);
      expect(timeline.every((t) => t.afterMs >= 0 && t.afterMs < 60_000)).toBe(true);
      expect(timeline.map((t) => t.afterMs)).toEqual(
        [...timeline.map((t) => t.afterMs)].sort((a, b) => a - b),
      );
      const rollNames = new Set(roll.map((r) => r.name));
      const strangers = timeline.filter((t) => t.kind === 'stranger');
      expect(strangers).toHaveLength(2);
      expect(strangers.every((s) => !rollNames.has(s.join.screenName))).toBe(true);

      const [impostor] = timeline.filter((t) => t.kind === 'impersonator');
      const imitated = roll.find(
        (r) =>
          r.name !== impostor?.join.screenName &&
          skeleton(r.name) === skeleton(impostor?.join.screenName ?? ''),
      );
      expect(imitated).toBeDefined();
      const real = timeline.findIndex((t) => t.join.screenName === imitated?.name);
      expect(real).toBeGreaterThan(timeline.indexOf(impostor as (typeof timeline)[number]));
    },
  );

  it('is deterministic per seed and differs across seeds', () => {
    expect(buildScenario('rush', 5)).toEqual(buildScenario('rush', 5));
    expect(buildScenario('rush', 5).roll).not.toEqual(buildScenario('rush', 6).roll);
  });

  it('default: a small meeting with a co-host, a device name and two people waiting', () => {
    const { setup } = buildScenario('default', 1);
    expect(setup.me.role).toBe('host');
    expect(setup.participants.filter((p) => p.role === 'coHost')).toHaveLength(1);
    expect(setup.participants.filter((p) => p.waitingRoom)).toHaveLength(2);
    expect(setup.participants.map((p) => p.screenName)).toContain('iPhone');
  });

  it('large: 1,000 in the meeting besides the host, 300 waiting', () => {
    const { setup } = buildScenario('large', 1);
    expect(setup.participants.filter((p) => !p.waitingRoom)).toHaveLength(1_000);
    expect(setup.participants.filter((p) => p.waitingRoom)).toHaveLength(300);
  });

  it('empty: only the host, waiting room off', () => {
    expect(buildScenario('empty', 1).setup).toMatchObject({ waitingRoom: false, participants: [] });
  });

  it.each([
    ['rush', 'rush'],
    ['EMPTY', 'default'],
    [null, 'default'],
    ['../etc', 'default'],
  ] as const)('parses %s as %s', (value, expected) => {
    expect(parseScenarioName(value)).toBe(expected);
  });

  it('writes the roll as quoted CSV', () => {
    expect(rollToCsv([{ id: '1', name: 'Ann "Nan" Lee', email: 'a@example.org' }])).toBe(
      'id,name,email\r\n"1","Ann ""Nan"" Lee","a@example.org"\r\n',
    );
  });
});

/** Folds the Cyrillic look-alikes the impersonator uses back to Latin. */
function skeleton(name: string): string {
  const map: Record<string, string> = {
    а: 'a',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    і: 'i',
    А: 'A',
    Е: 'E',
    О: 'O',
    М: 'M',
    К: 'K',
  };
  return [...name.replace(/\u200b/g, '')].map((c) => map[c] ?? c).join('');
}
