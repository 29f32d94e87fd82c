/**
 * Lock benchmark (`npm run bench:bounce`): how fast the app-enforced lock puts back someone who
 * gets into the main room, in the emulator, in headless Chromium, with 0 ms SDK latency.
 *
 * The panel is locked with "Lock now"; then, one at a time, a stranger joins straight into the
 * main room (as Zoom's waiting-room bypass or another co-host's admit would let them). Measured
 * in the emulator's own clock, from the join to:
 * - the put-back request reaching the emulated client (the panel saw them and decided), and
 * - the emulated client answering it (they are in the waiting room): the bounce, target ≤ 1000 ms.
 * Then the same with the first put-back failing with Zoom's transient 10001: the time to recover
 * (join → in the waiting room after the lock's retry; its first wait is 250 ms).
 *
 * Serves a production build by default, as Zoom would load it; `--dev` uses the dev server. The
 * panel runs cross-site, in its own renderer process, as beside the real client. Prints one JSON
 * line per figure.
 */
import type { Frame, Page } from 'playwright-core';
import type { CallRecord } from '../src/emulator/types';
import { NAME_SHIM, openEmulator, runBrowserBench } from './emulator-browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const RECOVERY_RUNS = Number(process.env.BENCH_RECOVERY_RUNS ?? 10);
const WARM_UP = 3;
const TARGET_MS = 1_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

function report(metric: string, runs: number[], extra: Record<string, unknown>): void {
  const p95 = Math.round(percentile(runs, 95));
  const max = Math.round(Math.max(...runs));
  console.log(
    JSON.stringify({
      metric,
      value: Math.round(percentile(runs, 50)),
      p95,
      max,
      unit: 'ms',
      target: TARGET_MS,
      pass: max <= TARGET_MS,
      runs: runs.map(Math.round),
      ...extra,
    }),
  );
}

async function panelFrame(page: Page, panelUrl: string): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(panelUrl));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no panel frame');
}

interface Bounce {
  /** Join → the put-back request reached the client. */
  requestMs: number;
  /** Join → the client answered it: they are in the waiting room. */
  bounceMs: number;
}

/**
 * One stranger joins the main room; resolves once the lock has put them back. With `fail10001`
 * the first put-back fails with Zoom's transient 10001, and the figure is the time to recover.
 */
async function bounceOnce(page: Page, n: number, fail10001 = false): Promise<Bounce> {
  const joined = await page.evaluate(
    ({ i, fail }) => {
      const emu = window.zoomEmulator;
      if (!emu) throw new Error('no emulator');
      if (fail) emu.failNext('putParticipantToWaitingRoom', 10001);
      const at = Date.now();
      const uuid = emu.join({ screenName: `Bench stranger ${i}`, waitingRoom: false });
      return { uuid, at };
    },
    { i: n, fail: fail10001 },
  );
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = await page.evaluate((uuid) => {
      const state = window.zoomEmulator?.state();
      const call = state?.calls.find(
        (c: CallRecord) =>
          c.apiName === 'putParticipantToWaitingRoom' &&
          c.outcome !== 'error' &&
          (c.data as { participantUUID?: string } | null)?.participantUUID === uuid,
      );
      const where = state?.participants.find((p) => p.participantUUID === uuid)?.location;
      return call && where === 'waitingRoom' ? call : null;
    }, joined.uuid);
    if (found?.repliedAt !== undefined) {
      if (found.outcome !== 'ok') throw new Error(`the put-back failed: ${found.errorCode}`);
      return { requestMs: found.at - joined.at, bounceMs: found.repliedAt - joined.at };
    }
    await page.waitForTimeout(10);
  }
  throw new Error(`stranger ${n} was not put back within 10 s`);
}

runBrowserBench('bounce', NAME_SHIM, async ({ page, served, mode, step }) => {
  await openEmulator(page, served, 'scenario=empty', true);
  await page.evaluate(() => window.zoomEmulator?.setLatency(0));
  const panel = await panelFrame(page, `${served.url}/index.html`);
  await panel.getByRole('heading', { name: 'In meeting (1)' }).waitFor({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Lock now' }).click();
  await panel.getByTestId('lock-banner').waitFor();
  await page.waitForFunction(() => window.zoomEmulator?.state().waitingRoom === true);

  step('warming up');
  for (let i = 0; i < WARM_UP; i++) await bounceOnce(page, -1 - i);
  step(`measuring ${RUNS} bounces`);
  const bounces: Bounce[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.waitForTimeout(200);
    bounces.push(await bounceOnce(page, i));
  }
  const extra = { mode, sdkLatencyMs: 0, runsCount: RUNS };
  report(
    'bounce_join_to_put_back_request',
    bounces.map((b) => b.requestMs),
    extra,
  );
  report(
    'bounce_join_to_waiting_room',
    bounces.map((b) => b.bounceMs),
    extra,
  );

  step(`measuring ${RECOVERY_RUNS} recoveries from one 10001`);
  const recoveries: Bounce[] = [];
  for (let i = 0; i < RECOVERY_RUNS; i++) {
    await page.waitForTimeout(200);
    recoveries.push(await bounceOnce(page, 1000 + i, true));
  }
  report(
    'recover_after_one_10001_join_to_waiting_room',
    recoveries.map((b) => b.bounceMs),
    { ...extra, runsCount: RECOVERY_RUNS, firstPutBackFails: 10001 },
  );
});
