// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import { describe, expect, it } from 'vitest';

/*
 * The code is typechecked against React's types (@types/react) but runs on preact/compat, so the
 * types accept React APIs that compat does not have (useActionState, useOptimistic, <Activity>…).
 * Imported anyway, such a name is undefined at run time: this test reads every value imported from
 * React in src/ and asks compat for it.
 */

const SRC = resolve(import.meta.dirname, '../../src');
const MODULES: Record<string, object> = {
  react: compat,
  'react-dom': compat,
  'react-dom/client': compatClient,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `[module, name]` for each value (not type) imported by name from a React module. */
function reactValueImports(code: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const pattern = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(react(?:-dom(?:\/client)?)?)'/g;
  for (const [, typeOnly, names, module] of code.matchAll(pattern)) {
    if (typeOnly || !names || !module) continue;
    for (const part of names.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) found.push([module, name]);
    }
  }
  return found;
}

describe('React APIs the code uses', () => {
  it('reads named value imports, not types', () => {
    const code = `import { useState, type ReactNode, lazy as later } from 'react';
import type { ErrorInfo } from 'react';
import {
  createPortal,
} from 'react-dom';`;
    expect(reactValueImports(code)).toEqual([
      ['react', 'useState'],
      ['react', 'lazy'],
      ['react-dom', 'createPortal'],
    ]);
  });

  it('exist in preact/compat, which the panel runs on', () => {
    const imports = sourceFiles(SRC).flatMap((file) =>
      reactValueImports(readFileSync(file, 'utf8')).map(([module, name]) => `${module}: ${name}`),
    );
    // The scan finds what the code is known to use.
    expect(imports).toContain('react: useSyncExternalStore');
    expect(imports).toContain('react-dom/client: createRoot');
    const missing = [...new Set(imports)].filter((entry) => {
      const [module, name] = entry.split(': ') as [string, string];
      return !(name in MODULES[module]!);
    });
    expect(missing).toEqual([]);
  });

  it('would catch a React-only API', () => {
    expect('useActionState' in compat).toBe(false);
    expect(reactValueImports("import { useActionState } from 'react';")).toEqual([
      ['react', 'useActionState'],
    ]);
  });
});
