import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventBatcher, nextFrame } from './event-batcher';
import type { FlushScheduler } from './event-batcher';

function manual() {
  const pending: (() => void)[] = [];
  const schedule: FlushScheduler = (flush) => {
    pending.push(flush);
    return () => pending.splice(pending.indexOf(flush), 1);
  };
  return { schedule, run: () => pending.splice(0).forEach((flush) => flush()), pending };
}

describe('createEventBatcher', () => {
  it('delivers everything pushed before the flush as one batch, in order', () => {
    const clock = manual();
    const deliver = vi.fn();
    const batcher = createEventBatcher<number>(deliver, clock.schedule);
    [1, 2, 3].forEach((n) => batcher.push(n));
    expect(clock.pending).toHaveLength(1);
    clock.run();
    expect(deliver).toHaveBeenCalledExactlyOnceWith([1, 2, 3]);
    batcher.push(4);
    clock.run();
    expect(deliver).toHaveBeenLastCalledWith([4]);
  });

  it('flushes on demand and cancels the scheduled flush', () => {
    const clock = manual();
    const deliver = vi.fn();
    const batcher = createEventBatcher<number>(deliver, clock.schedule);
    batcher.push(1);
    batcher.flush();
    expect(deliver).toHaveBeenCalledWith([1]);
    expect(clock.pending).toHaveLength(0);
    batcher.flush();
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('drops the queue when disposed', () => {
    const clock = manual();
    const deliver = vi.fn();
    const batcher = createEventBatcher<number>(deliver, clock.schedule);
    batcher.push(1);
    batcher.dispose();
    clock.run();
    batcher.flush();
    expect(deliver).not.toHaveBeenCalled();
  });
});

describe('nextFrame', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('still flushes when animation frames never come (a hidden panel)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 1);
    vi.spyOn(globalThis, 'cancelAnimationFrame').mockImplementation(() => {});
    const flush = vi.fn();
    nextFrame(flush);
    expect(frames).toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('flushes once, on whichever comes first', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let frame: FrameRequestCallback = () => {};
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(
      (callback) => ((frame = callback), 1),
    );
    vi.spyOn(globalThis, 'cancelAnimationFrame').mockImplementation(() => {});
    const flush = vi.fn();
    nextFrame(flush);
    frame(0);
    vi.advanceTimersByTime(200);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
