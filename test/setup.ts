import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
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

// No hook into Preact's effect timing: component tests see it as the panel does. Plain effects
// (store subscriptions among them) run after jsdom's next animation frame (vitest's jsdom pretends
// to paint at 60 Hz) or Preact's 35 ms fallback, later than React would; act() flushes what it
// causes at once, and anything else is awaited with findBy… and waitFor, never a sleep.

afterEach(() => {
  cleanup();
});
