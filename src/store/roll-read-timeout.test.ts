import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as RollModule from '../domain/roll';
import { createAppStore } from './app-store';
import { ROLL_READ_TIMEOUT_MS } from './roll-slice';

// A reader that never settles: what a Worker refused by the CSP used to leave behind.
vi.mock('../domain/roll', async (original) => ({
  ...(await original<typeof RollModule>()),
  parseRollFile: () => new Promise(() => undefined),
}));

afterEach(() => {
  vi.useRealTimers();
});

describe('a roll file that never finishes reading', () => {
  it('ends in a clear time-out error instead of "Reading…" for ever, and keeps the roll', async () => {
    vi.useFakeTimers();
    const store = createAppStore();
    store.getState().setRoll([{ id: '1', name: 'Jane Doe' }], 'class.csv');
    const before = store.getState().roll;
    const reading = store.getState().readRollFile(new Uint8Array([1, 2, 3]), 'big.xlsx');
    expect(store.getState().rollImport.status).toBe('reading');
    await vi.advanceTimersByTimeAsync(ROLL_READ_TIMEOUT_MS - 1);
    expect(store.getState().rollImport.status).toBe('reading');
    await vi.advanceTimersByTimeAsync(1);
    await reading;
    expect(store.getState().rollImport).toMatchObject({
      status: 'error',
      code: 'timeout',
      message: {
        key: 'rollImport.error.timeout',
        params: { name: 'big.xlsx', seconds: ROLL_READ_TIMEOUT_MS / 1000 },
      },
    });
    expect(store.getState().roll).toBe(before);
  });
});
