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

afterEach(() => {
  cleanup();
});
