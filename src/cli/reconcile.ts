/**
 * Post-meeting reconciliation: which participants were on the roll, who was flagged, who was absent.
 *
 *   npm run reconcile -- --roll ROLL --roster ROSTER [--json]
 *
 * ROLL is any file the roll importer reads (CSV, TSV, TXT, XLSX); ROSTER a JSON array of
 * { participantUUID, screenName } or a Zoom participants report (CSV). Errors go to stderr with a
 * non-zero exit code (2: usage, 1: unreadable input).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMatcher } from '../domain/matching';
import { parseRollFile } from '../domain/roll';
import { toJson, toTable, visible } from './format-report';
import { readRoster } from './read-roster';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

const USAGE = 'usage: npm run reconcile -- --roll ROLL --roster ROSTER [--json]\n';

interface Args {
  roll: string;
  roster: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let roll: string | undefined;
  let roster: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--roll' || arg === '--roster') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a file`;
      if (arg === '--roll') roll = value;
      else roster = value;
    } else if (arg === '--help' || arg === '-h') return '';
    else return `unknown argument: ${arg}`;
  }
  if (!roll || !roster) return 'both --roll and --roster are required';
  return { roll, roster, json };
}

async function read(io: Io, path: string): Promise<Uint8Array | string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read ${path}${code ? ` (${code})` : ''}`;
  }
}

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(args ? `reconcile: ${args}\n${USAGE}` : USAGE);
    return 2;
  }
  const rollBytes = await read(io, args.roll);
  if (typeof rollBytes === 'string') return fail(io, rollBytes);
  const rosterBytes = await read(io, args.roster);
  if (typeof rosterBytes === 'string') return fail(io, rosterBytes);

  const imported = await parseRollFile(rollBytes, basename(args.roll));
  if (!imported.ok) return fail(io, `roll ${args.roll}: ${imported.error.message}`);
  const roster = readRoster(rosterBytes, basename(args.roster));
  if (!roster.ok) return fail(io, `roster ${roster.message}`);

  const report = createMatcher(imported.roll).matchAll(roster.roster);
  if (args.json)
    io.stdout(`${JSON.stringify(toJson(imported.roll, roster.roster, report), null, 2)}\n`);
  else io.stdout(toTable(imported.roll, roster.roster, report));
  return 0;
}

function fail(io: Io, message: string): number {
  // Messages may quote the files (JSON.parse quotes the text around a bad token): a display name's
  // control characters must not reach the terminal.
  io.stderr(`reconcile: ${visible(message)}\n`);
  return 1;
}

const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `reconcile: unexpected error: ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
