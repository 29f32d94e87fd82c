import { describe, expect, it } from 'vitest';
import { createCallLimiter } from './call-limiter';

/** A task that resolves (or rejects) when told to, and records that it started. */
function controllable(log: string[], name: string) {
  let finish: (ok: boolean) => void = () => {};
  const task = () => {
    log.push(name);
    return new Promise<string>((resolve, reject) => {
      finish = (ok) => (ok ? resolve(name) : reject(new Error(name)));
    });
  };
  return { task, finish: (ok = true) => finish(ok) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the call limiter', () => {
  it('keeps at most three normal calls in flight and starts the next as one settles', async () => {
    const limiter = createCallLimiter(3, 1);
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name) => controllable(log, name));
    const results = tasks.map((t) => limiter.run(t.task));
    expect(log).toEqual(['a', 'b', 'c']);
    expect(limiter.inFlight()).toBe(3);
    expect(limiter.queued()).toBe(2);
    // Attach the expectation before the failure, so the rejection is never momentarily unhandled.
    const bFailed = expect(results[1]).rejects.toThrow('b');
    tasks[1]!.finish(false);
    await settle();
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    await bFailed;
    for (const t of tasks.slice(0, 4)) t.finish();
    await settle();
    expect(log).toEqual(['a', 'b', 'c', 'd', 'e']);
    tasks[4]!.finish();
    await expect(results[4]).resolves.toBe('e');
    expect(limiter.inFlight()).toBe(0);
  });

  it('lets an urgent call past stuck normal ones, and ahead of those queued', async () => {
    const limiter = createCallLimiter(3, 1);
    const log: string[] = [];
    const stuck = ['a', 'b', 'c'].map((name) => controllable(log, name));
    for (const t of stuck) void limiter.run(t.task);
    const queued = controllable(log, 'queued');
    void limiter.run(queued.task);
    const put = controllable(log, 'put-back');
    void limiter.run(put.task, 'urgent');
    expect(log).toEqual(['a', 'b', 'c', 'put-back']);
    const second = controllable(log, 'second put-back');
    void limiter.run(second.task, 'urgent');
    expect(log).toHaveLength(4);
    put.finish();
    await settle();
    expect(log.at(-1)).toBe('second put-back');
    second.finish();
    stuck[0]!.finish();
    await settle();
    expect(log.at(-1)).toBe('queued');
  });

  it('turns a task that throws at once into a rejection, and frees its slot', async () => {
    const limiter = createCallLimiter(1, 0);
    const failed = limiter.run(() => {
      throw new Error('sync');
    });
    await expect(failed).rejects.toThrow('sync');
    await expect(limiter.run(() => Promise.resolve(1))).resolves.toBe(1);
  });
});
