import type { MeetingSetup } from './meeting-sim';
import {
  displayNameFor,
  fullName,
  homoglyphOf,
  randomDisplayName,
  randomPeople,
  ZOOMBOMBER_NAMES,
} from './names';
import type { DisplayStyle, Person } from './names';
import { createRandom } from './random';
import type { Random } from './random';
import type { JoinOptions } from './types';

/**
 * Scenario presets, chosen by URL (`?scenario=rush&seed=3`): who is there when the panel opens,
 * who arrives later and when, and the attendance roll the host would upload for the meeting.
 */

export const SCENARIO_NAMES = ['default', 'empty', 'rush', 'large'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Why a timed arrival is in the scenario (for the demo's legend and for tests). */
export type ArrivalKind = 'invited' | 'stranger' | 'impersonator';

export interface TimedJoin {
  afterMs: number;
  join: JoinOptions;
  kind: ArrivalKind;
}

export interface RollRow {
  id: string;
  name: string;
  email: string;
}

export interface Scenario {
  name: ScenarioName;
  setup: MeetingSetup;
  timeline: TimedJoin[];
  roll: RollRow[];
}

/** The preset for a URL value; unknown or missing values give the default small meeting. */
export function parseScenarioName(value: string | null): ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value ?? '')
    ? (value as ScenarioName)
    : 'default';
}

/** Build a preset deterministically from its seed. */
export function buildScenario(name: ScenarioName, seed: number): Scenario {
  const random = createRandom(seed);
  const base = meetingBase(random);
  switch (name) {
    case 'empty':
      return {
        name,
        setup: { ...base, waitingRoom: false, participants: [] },
        timeline: [],
        roll: [],
      };
    case 'rush':
      return rush(random, base);
    case 'large':
      return large(random, base);
    case 'default':
      return smallMeeting(random, base);
  }
}

type Base = Omit<MeetingSetup, 'waitingRoom' | 'participants'>;

function meetingBase(random: Random): Base {
  const digits = Array.from({ length: 11 }, (_, i) =>
    i === 0 ? 1 + random.int(9) : random.int(10),
  ).join('');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const uuid = `${Array.from({ length: 22 }, () => alphabet.charAt(random.int(64))).join('')}==`;
  return {
    topic: random.pick([
      'Thursday evening support group',
      'Grade 8 science — period 3',
      'Community council open session',
      'Confidential intake clinic',
    ]),
    meetingID: digits,
    meetingUUID: uuid,
    me: { screenName: 'Dana Whitfield', role: 'host' },
  };
}

function smallMeeting(random: Random, base: Base): Scenario {
  const people = randomPeople(random, 10);
  const [coHost, ...rest] = people as [Person, ...Person[]];
  const participants: JoinOptions[] = [
    { screenName: fullName(coHost), role: 'coHost' },
    ...rest.slice(0, 5).map((p) => ({
      screenName: displayNameFor(
        p,
        random.pick(['exact', 'exact', 'first-initial', 'lowercase'] as const),
      ),
    })),
    { screenName: 'iPhone' },
    ...rest.slice(5, 7).map((p) => ({ screenName: fullName(p), waitingRoom: true })),
  ];
  return {
    name: 'default',
    setup: { ...base, waitingRoom: true, participants },
    timeline: [],
    roll: rollOf(people),
  };
}

const ROLL_SIZE = 42;
const ARRIVALS = 40;
const RUSH_WINDOW_MS = 60_000;

/**
 * Forty people join within a minute, mostly in the first seconds, into the waiting room: 37 from
 * the roll (written in the ways people write their names), two uninvited strangers, and one
 * impersonator who copies a roll name with a look-alike letter and arrives before the real person.
 * One stranger has an ordinary name; the other a zoombomber's.
 */
function rush(random: Random, base: Base): Scenario {
  const everyone = randomPeople(random, ROLL_SIZE + 1);
  const roll = everyone.slice(0, ROLL_SIZE);
  const strangers = everyone.slice(ROLL_SIZE);
  const attending = shuffle(random, roll).slice(0, ARRIVALS - 3);
  const styles: readonly DisplayStyle[] = [
    'exact',
    'exact',
    'exact',
    'exact',
    'exact',
    'lowercase',
    'first-initial',
    'nickname',
    'pronouns',
    'emoji',
    'device-of',
  ];
  const arrivals: Array<Omit<TimedJoin, 'afterMs'>> = attending.map((p) => ({
    join: { screenName: displayNameFor(p, random.pick(styles)) },
    kind: 'invited',
  }));
  // The impersonated member shows their real name, and arrives last of the invited.
  const victim = attending[attending.length - 1] as Person;
  arrivals[arrivals.length - 1] = { join: { screenName: fullName(victim) }, kind: 'invited' };
  const strangerNames = [fullName(strangers[0] as Person), random.pick(ZOOMBOMBER_NAMES)];
  for (const screenName of strangerNames)
    arrivals.splice(random.int(arrivals.length), 0, { join: { screenName }, kind: 'stranger' });
  arrivals.splice(random.int(arrivals.length / 2), 0, {
    join: { screenName: homoglyphOf(fullName(victim)) },
    kind: 'impersonator',
  });
  const times = Array.from({ length: arrivals.length }, () =>
    Math.floor(random.next() ** 2 * (RUSH_WINDOW_MS - 1_000)),
  ).sort((a, b) => a - b);
  const timeline = arrivals.map((a, i) => ({ ...a, afterMs: times[i] ?? 0 }));
  return {
    name: 'rush',
    setup: { ...base, waitingRoom: true, participants: [] },
    timeline,
    roll: rollOf(roll),
  };
}

/** A big meeting already in progress: 1,000 people in it and 300 waiting (the panel's load target). */
function large(random: Random, base: Base): Scenario {
  const participants: JoinOptions[] = [
    ...Array.from({ length: 1_000 }, () => ({ screenName: randomDisplayName(random) })),
    ...Array.from({ length: 300 }, () => ({
      screenName: randomDisplayName(random),
      waitingRoom: true,
    })),
  ];
  return {
    name: 'large',
    setup: { ...base, waitingRoom: true, participants },
    timeline: [],
    roll: [],
  };
}

function rollOf(people: readonly Person[]): RollRow[] {
  return people.map((p, i) => ({
    id: String(1001 + i),
    name: fullName(p),
    email: `${asciiHandle(p.first)}.${asciiHandle(p.last)}${i}@example.org`,
  }));
}

function asciiHandle(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  return ascii || 'member';
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The roll as CSV text (quoted fields), for the demo's download link. */
export function rollToCsv(roll: readonly RollRow[]): string {
  const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  return (
    ['id,name,email', ...roll.map((r) => [r.id, r.name, r.email].map(quote).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}
