/**
 * What a held row says, at Zoom's narrowest panel (320 px), in the emulator with the real SDK: a
 * stranger the lock put back reads "Put back"; someone a host sent back from Zoom's own panel
 * reads "Sent back by a host", and another claimant of that roll entry says a host sent back
 * someone else on it; someone a host moved while Zoom never answered the lock's own put-back
 * reads "Perhaps sent back by a host". The words must be painted whole in the row, not merely be
 * in its text: a narrow row's badges give way (a second line of them is clipped), and "Put back"
 * was once drawn as "ut back" at this width.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/types';
import { launchChromium, openEmulator, openMore, pasteRoll, waitForHeading } from './harness';
import type { EmulatorSession } from './harness';

const WIDTH = 320;
const ROLL = ['Jane Doe', 'Priya Iyer', 'John Smith'];

const locationOf = (state: EmulatorState, uuid: string) =>
  state.participants.find((p) => p.participantUUID === uuid)?.location;

/**
 * The labels of a row (badges, and the held line's moves) painted whole: inside the row and
 * inside every box between that clips (a badge strip's hidden second line, an ellipsis).
 */
function shownLabels(panel: Frame, uuid: string): Promise<string[] | null> {
  return panel.evaluate((id) => {
    const row = document.querySelector(
      `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
    );
    if (!row) return null;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5 &&
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5;
    const whole = (label: HTMLElement) => {
      const rect = label.getBoundingClientRect();
      if (rect.width < 1 || getComputedStyle(label).visibility === 'hidden') return false;
      for (let box: Element | null = label.parentElement; box; box = box.parentElement) {
        if (
          getComputedStyle(box).overflow !== 'visible' &&
          !inside(rect, box.getBoundingClientRect())
        )
          return false;
        if (box === row) return inside(rect, row.getBoundingClientRect());
      }
      return false;
    };
    return [...row.querySelectorAll<HTMLElement>('.badge, .held-moves__move')]
      .filter(whole)
      .map((label) => (label.textContent ?? '').trim());
  }, uuid);
}

/** A row's badges and buttons drawn in part: cut by the strip's edge instead of wrapping away whole. */
function cutInStrip(panel: Frame, uuid: string): Promise<string[]> {
  return panel.evaluate((id) => {
    const strip = document.querySelector(
      `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"] .participant-row__badges`,
    );
    if (!strip) return ['no strip'];
    const box = strip.getBoundingClientRect();
    return [...strip.querySelectorAll<HTMLElement>('.badge, button')]
      .filter((item) => {
        const rect = item.getBoundingClientRect();
        const overlaps =
          rect.width > 0 &&
          rect.right > box.left &&
          rect.left < box.right &&
          rect.bottom > box.top &&
          rect.top < box.bottom;
        const inside =
          rect.left >= box.left - 0.5 &&
          rect.right <= box.right + 0.5 &&
          rect.top >= box.top - 0.5 &&
          rect.bottom <= box.bottom + 0.5;
        return overlaps && !inside;
      })
      .map((item) => item.outerHTML.slice(0, 80));
  }, uuid);
}

describe('held rows say who moved them, at 320 px', () => {
  let browser: Browser;
  let s: EmulatorSession;
  let seed = 7100;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // A meeting of its own per test (the lock's decisions are kept per meeting UUID).
    s = await openEmulator({ query: `scenario=empty&seed=${++seed}`, width: WIDTH, browser });
    await waitForHeading(s.panel, 'In meeting (1)');
    await pasteRoll(s.panel, ROLL);
    await s.emu.setWaitingRoom(true);
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  const waitForBadge = (uuid: string, text: string, timeout = 10_000) =>
    expect.poll(() => shownLabels(s.panel, uuid), { timeout }).toContain(text);

  const lock = async (rollOnly: boolean) => {
    if (rollOnly) {
      await openMore(s.panel);
      await s.panel.getByRole('checkbox', { name: 'Roll only' }).check();
    }
    await s.panel.getByRole('button', { name: 'Lock now' }).click();
    await s.panel.getByTestId('lock-headline').waitFor();
  };

  it('a stranger who bypassed the waiting room reads "Put back", and no badge is cut', async () => {
    await lock(false);
    const crasher = await s.emu.join({ screenName: 'Gate Crasher', waitingRoom: false });
    await expect.poll(async () => locationOf(await s.emu.state(), crasher)).toBe('waitingRoom');
    await waitForBadge(crasher, 'Put back');
    expect(await shownLabels(s.panel, crasher)).not.toContain('Sent back by a host');
    // A long name leaves the badges less room than their first one needs: it goes whole.
    const long = await s.emu.join({
      screenName: 'Gate Crasher With A Long Name',
      waitingRoom: false,
    });
    await waitForBadge(long, 'Put back');
    expect(await cutInStrip(s.panel, long)).toEqual([]);
  });

  it('a host’s send-back reads "Sent back by a host"; the next claimant of the entry says so of someone else', async () => {
    await lock(true);
    const jane = await s.emu.join({ screenName: 'Jane Doe' });
    await expect.poll(async () => locationOf(await s.emu.state(), jane)).toBe('meeting');
    // The host doubts it is Jane and sends her back from Zoom's Participants panel.
    await s.emu.putInWaitingRoom(jane);
    await waitForBadge(jane, 'Sent back by a host');
    expect(await shownLabels(s.panel, jane)).not.toContain('Put back');
    // She gives up; someone else arrives under her name.
    await s.emu.leave(jane);
    const copy = await s.emu.join({ screenName: 'Jane Doe' });
    // Too long for 320 px: the line gives way with an ellipsis and says it whole on hover.
    const line = s.panel.locator(
      `[data-testid="participant-row"][data-uuid="${copy}"] [data-testid="held-moves"]`,
    );
    await expect
      .poll(() => line.getAttribute('title'), { timeout: 10_000 })
      .toBe('A host sent back someone else on this roll entry');
    expect(await line.isVisible()).toBe(true);
    expect(locationOf(await s.emu.state(), copy)).toBe('waitingRoom');
  });

  it('a host’s send-back while Zoom never answers the lock’s put-back reads "Perhaps sent back by a host"', async () => {
    await lock(false);
    // Zoom swallows the lock's put-back (the SDK gives up after 10 s); meanwhile a host sends the
    // walk-in back from Zoom's panel, so the lock cannot tell whose move it was.
    await s.emu.failNext('putParticipantToWaitingRoom', 'timeout');
    const walkIn = await s.emu.join({ screenName: 'Walk In', waitingRoom: false });
    await expect
      .poll(async () =>
        (await s.emu.state()).calls.some(
          (c) => c.apiName === 'putParticipantToWaitingRoom' && c.outcome === 'no-reply',
        ),
      )
      .toBe(true);
    await s.emu.putInWaitingRoom(walkIn);
    await waitForBadge(walkIn, 'Perhaps sent back by a host', 30_000);
    expect(locationOf(await s.emu.state(), walkIn)).toBe('waitingRoom');
  }, 60_000);
});
