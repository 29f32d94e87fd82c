import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { options } from 'preact';
import { afterEach, beforeAll } from 'vitest';
import { preloadDeferred } from '../src/components/ui/deferred';
import * as matching from '../src/domain/matching';
import { provideMatchingModule } from '../src/store/matching-loader';

// In the browser the matcher loads right after the first paint; tests start with it loaded (the
// "matching…" state has its own test, which unloads it).
provideMatchingModule(matching);

// Likewise the dialogs (components/ui/deferred.tsx): the panel fetches them right after the first
// paint; tests open them with their code in (a test file's imports have registered them by now).
beforeAll(async () => {
  await preloadDeferred();
});

// The panel runs on Preact, which runs effects (store subscriptions among them) after the next
// frame. jsdom paints no frames: here they run after the current task, as React's scheduler runs
// them, so that what Testing Library's findBy… and waitFor (which end on such a task) see has its
// effects in place. act() still flushes what it causes at once.
options.requestAnimationFrame = (flush) => void setTimeout(flush);

afterEach(() => {
  cleanup();
});
