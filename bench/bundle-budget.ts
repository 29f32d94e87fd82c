/**
 * The panel's JavaScript by chunk, gzip-compressed as a server would send it, and which chunks a
 * browser fetched before the first roster paint. Used by `npm run bench:ui` and by the budget
 * test (test/e2e/bundle-budget.e2e.ts), both on a real production build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal: at most this much gzip JavaScript before the first roster paint. */
export const PRE_PAINT_BUDGET_KB = 110;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Every JavaScript chunk in a build's assets folder, largest first. */
export function chunkSizes(outDir: string): ChunkSize[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The chunks index.html loads before any code runs: its entry script and module preloads. */
export function staticEntryChunks(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** "sdk.es-D6Nm9G0K.js" → "sdk.es": a chunk's name without its content hash. */
export function chunkName(file: string): string {
  return file.replace(/-[\w-]{8}\.js$/, '');
}

export interface ChunkBudget {
  chunk: string;
  /** Bytes as built (minified) and gzip-compressed (level 9, as a server would send it). */
  bytes: number;
  gzipBytes: number;
  kb: number;
  kbGzip: number;
  /** Fetched before the first roster paint (else after it, or only when a view or dialog opens). */
  beforePaint: boolean;
}

export interface BudgetReport {
  chunks: ChunkBudget[];
  prePaintKbGzip: number;
  budgetKbGzip: number;
  pass: boolean;
}

/** The per-chunk table and the pre-paint total for the chunks in `loadedBeforePaint` (file names). */
export function budgetReport(outDir: string, loadedBeforePaint: Iterable<string>): BudgetReport {
  const before = new Set(loadedBeforePaint);
  const sizes = chunkSizes(outDir);
  const chunks = sizes.map((c) => ({
    chunk: chunkName(c.file),
    bytes: c.bytes,
    gzipBytes: c.gzipBytes,
    kb: kb(c.bytes),
    kbGzip: kb(c.gzipBytes),
    beforePaint: before.has(c.file),
  }));
  const prePaint = sizes.filter((c) => before.has(c.file)).reduce((sum, c) => sum + c.gzipBytes, 0);
  return {
    chunks,
    prePaintKbGzip: kb(prePaint),
    budgetKbGzip: PRE_PAINT_BUDGET_KB,
    pass: kb(prePaint) <= PRE_PAINT_BUDGET_KB,
  };
}

/** The per-chunk table as text, the chunks before the paint first: for people reading a run. */
export function budgetTable(report: BudgetReport): string {
  const rows = [...report.chunks].sort(
    (a, b) => Number(b.beforePaint) - Number(a.beforePaint) || b.gzipBytes - a.gzipBytes,
  );
  const width = Math.max(...rows.map((row) => row.chunk.length), 5);
  const line = (cells: string[]) =>
    `${cells[0]!.padEnd(width)}  ${cells[1]!.padStart(9)}  ${cells[2]!.padStart(9)}  ${cells[3]}`;
  return [
    line(['chunk', 'raw', 'gzip', 'loaded']),
    ...rows.map((row) =>
      line([
        row.chunk,
        `${row.kb} KB`,
        `${row.kbGzip} KB`,
        row.beforePaint ? 'before first paint' : 'later (after it, on use, or another page)',
      ]),
    ),
    `before the first roster paint: ${report.prePaintKbGzip} KB gzip (budget ${report.budgetKbGzip} KB)`,
  ].join('\n');
}
