import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import * as matching from '../src/domain/matching';
import { provideMatchingModule } from '../src/store/matching-loader';

// In the browser the matcher loads right after the first paint; tests start with it loaded (the
// "matching…" state has its own test, which unloads it).
provideMatchingModule(matching);

afterEach(() => {
  cleanup();
});
