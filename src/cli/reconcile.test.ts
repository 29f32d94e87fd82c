import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../domain/matching';
import type { RollEntry, RosterEntry } from '../domain/matching';
import { main, type Io } from './reconcile';
import { visible } from './format-report';

const FIXTURES = 'test/fixtures/reconcile';
const ROLL = `${FIXTURES}/class-roll.csv`;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: async (path) => new Uint8Array(await readFile(path)),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('reconcile --json', () => {
  it('prints exactly the documented shape for a JSON roster', async () => {
    const { code, out, err } = await run([
      '--roll',
      ROLL,
      '--roster',
      `${FIXTURES}/roster.json`,
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      participants: Array<Record<string, unknown>>;
      absent: string[];
    };
    expect(Object.keys(json)).toEqual(['participants', 'absent']);
    for (const p of json.participants) {
      expect(Object.keys(p)).toEqual([
        'participantUUID',
        'screenName',
        'rollId',
        'confidence',
        'flags',
      ]);
    }
    expect(
      json.participants.map((p) => [p.participantUUID, p.rollId, p.confidence, p.flags]),
    ).toEqual([
      ['A1', 'S-101', 'sure', []],
      ['B2', 'S-103', 'sure', []],
      ['C3', null, 'none', ['impostor']],
      ['D4', 'S-108', 'likely', []],
      ['E5', 'S-106', 'sure', []],
    ]);
    expect(json.participants[2]?.screenName).toBe('Ja\u200Bne Doe');
    expect(json.absent).toEqual(['S-102', 'S-104', 'S-105', 'S-107']);
  });

  it('reads a Zoom participants report (preamble, BOM, e-mails, rejoins) with a row-N id per row', async () => {
    const { code, out } = await run([
      '--roll',
      ROLL,
      '--roster',
      `${FIXTURES}/zoom-participants.csv`,
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      participants: Array<{ participantUUID: string; rollId: string | null; flags: string[] }>;
      absent: string[];
    };
    expect(json.participants.map((p) => [p.participantUUID, p.rollId, p.flags])).toEqual([
      ['row-1', null, []],
      ['row-2', 'S-101', []],
      ['row-3', 'S-103', []],
      ['row-4', 'S-102', []],
      ['row-5', 'S-104', []],
      ['row-6', 'S-105', []],
      ['row-7', null, ['impostor']],
      ['row-8', null, ['dial-in']],
      ['row-9', null, ['bot']],
      ['row-10', null, ['duplicate']],
    ]);
    expect(json.absent).toEqual(['S-106', 'S-107', 'S-108']);
  });

  it('uses data-row numbers as ids when the roll has no id column', async () => {
    const { out } = await run([
      '--roll',
      'test/fixtures/rolls/utf8-comma.csv',
      '--roster',
      `${FIXTURES}/roster.json`,
      '--json',
    ]);
    const json = JSON.parse(out) as { absent: string[] };
    expect(json.absent).toEqual(['1', '2', '3', '4']);
  });
});

describe('reconcile table', () => {
  it('prints a readable table with the absent list', async () => {
    const { code, out } = await run([
      '--roll',
      ROLL,
      '--roster',
      `${FIXTURES}/zoom-participants.csv`,
    ]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^#\s+Participant\s+Roll entry\s+Confidence\s+Flags\s+Why$/u);
    // The reasons in English, from their codes (the panel words them in its own language).
    expect(out).toMatch(/Bob Smith\s+S-104 Robert Smith\s+sure\s+nickname: Bob → Robert$/mu);
    expect(out).toMatch(
      /duplicate\s+same name; Jane Doe \(Jane's iPhone\) already holds this roll entry$/mu,
    );
    expect(out).toMatch(/Present: 5 of 8/u);
    expect(out).toMatch(
      /Absent \(3\): S-106 María José García-López, S-107 Kenta Mori, S-108 Noah Costa/u,
    );
  });

  it('shows hidden characters as escapes instead of passing them to the terminal', async () => {
    const { out } = await run(['--roll', ROLL, '--roster', `${FIXTURES}/roster.json`]);
    expect(out).toContain('Ja\\u{200B}ne Doe');
    expect(out).not.toContain('\u200B');
    expect(visible('\u001b[2J\u202Eevil')).toBe('\\u{1B}[2J\\u{202E}evil');
  });
});

describe('reconcile errors', () => {
  it.each([
    [[], 2, /both --roll and --roster are required/u],
    [['--roll'], 2, /--roll needs a file/u],
    [['--roll', ROLL, '--roster', 'x', '--fast'], 2, /unknown argument: --fast/u],
    [
      ['--roll', 'nope.csv', '--roster', `${FIXTURES}/roster.json`],
      1,
      /cannot read nope\.csv \(ENOENT\)/u,
    ],
    [
      ['--roll', 'test/fixtures/rolls/empty.csv', '--roster', `${FIXTURES}/roster.json`],
      1,
      /^reconcile: roll .*empty/imu,
    ],
    [
      ['--roll', 'test/fixtures/rolls/no-name-column.csv', '--roster', `${FIXTURES}/roster.json`],
      1,
      /^reconcile: roll /mu,
    ],
    [['--roll', ROLL, '--roster', ROLL], 1, /no participant name column/u],
    [['--roll', ROLL, '--roster', 'test/fixtures/rolls/binary.bin'], 1, /roster/u],
  ])('%j exits %i', async (argv, exit, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(exit);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('rejects a JSON roster that is not a list of participants', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconcile-'));
    try {
      for (const [body, message] of [
        ['{"a":1}', /expected a JSON array/u],
        ['[{"participantUUID":1,"screenName":"x"}]', /item 1 needs string/u],
        ['[{', /invalid JSON/u],
        // The parser's message quotes the file: the terminal must not get its control characters.
        [
          '[{"participantUUID":"a","screenName":"x"}, Evil\u202E\u001b[2J]',
          /invalid JSON .*Evil\\u\{202E\}\\u\{1B\}\[2J/u,
        ],
      ] as const) {
        writeFileSync(join(dir, 'r.json'), body);
        const { code, err } = await run(['--roll', ROLL, '--roster', join(dir, 'r.json')]);
        expect(code).toBe(1);
        expect(err).toMatch(message);
        expect(err).not.toContain('\u001b');
        expect(err).not.toContain('\u202E');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reconcile as a process', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const spawn = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        tsx,
        ['src/cli/reconcile.ts', ...args],
        { timeout: 60_000 },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        },
      );
    });

  it('prints JSON on stdout and exits 0', async () => {
    const { code, stdout } = await spawn([
      '--roll',
      ROLL,
      '--roster',
      `${FIXTURES}/roster.json`,
      '--json',
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { absent: string[] }).absent).toEqual([
      'S-102',
      'S-104',
      'S-105',
      'S-107',
    ]);
  }, 60_000);

  it('writes errors to stderr and exits non-zero', async () => {
    const { code, stdout, stderr } = await spawn([
      '--roll',
      'missing.csv',
      '--roster',
      `${FIXTURES}/roster.json`,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read missing\.csv/u);
  }, 60_000);
});

describe('reconcile on development cases written to files', () => {
  interface DevCase {
    id: string;
    roll: RollEntry[];
    roster: RosterEntry[];
  }
  const data = JSON.parse(readFileSync('test/fixtures/matching-dev.json', 'utf8')) as {
    cases: DevCase[];
  };
  const dir = mkdtempSync(join(tmpdir(), 'reconcile-dev-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same answers as the matcher for a roll CSV (id,name,email) and a roster JSON', async () => {
    for (const c of data.cases.filter((_, i) => i % 10 === 0)) {
      const rollFile = join(dir, `${c.id}.csv`);
      const rosterFile = join(dir, `${c.id}.json`);
      writeFileSync(
        rollFile,
        Papa.unparse({
          fields: ['id', 'name', 'email'],
          data: c.roll.map((r) => [r.id, r.name, r.email ?? '']),
        }),
      );
      writeFileSync(rosterFile, JSON.stringify(c.roster));
      const { code, out } = await run(['--roll', rollFile, '--roster', rosterFile, '--json']);
      expect(code).toBe(0);
      const json = JSON.parse(out) as {
        participants: Array<{ rollId: string | null; confidence: string; flags: string[] }>;
        absent: string[];
      };
      const report = createMatcher(c.roll).matchAll(c.roster);
      expect(json.participants.map((p) => [p.rollId, p.confidence, p.flags])).toEqual(
        report.participants.map((m) => [m.rollId, m.confidence, m.flags]),
      );
      expect(json.absent).toEqual(
        c.roll.filter((r) => report.rollStatus[r.id] === 'absent').map((r) => r.id),
      );
    }
  }, 60_000);
});
