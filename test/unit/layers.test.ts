// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration, so the README's table of layers is what lint enforces.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/allowed-imports')
    .map((message) => message.message);
}

describe('lint: layers', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/lock/x.ts',
      '../actions/use-bulk-actions',
    ],
    ['a feature importing app/', 'src/features/roll/x.ts', '../../app/composition'],
    ['components/ importing store/', 'src/components/ui/x.tsx', '../../store/app-store'],
    ['components/ importing a feature', 'src/components/ui/x.tsx', '../../features/roll'],
    ['domain/ importing store/', 'src/domain/lock/x.ts', '../../store/app-store'],
    ['store/ importing a feature', 'src/store/x.ts', '../features/lock/use-lock'],
    ['zoom/ importing store/', 'src/zoom/x.ts', '../store/app-store'],
  ])('refuses %s', async (_, filePath, source) => {
    const errors = await layerErrors(filePath, `export { x } from '${source}';\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import/);
  });

  it.each([
    [
      'a feature importing itself, the store and components',
      'src/features/lock/x.ts',
      ['./use-lock', '../../store/app-store', '../../components/ui/badge'],
    ],
    ['app/ importing features', 'src/app/x.ts', ['../features/lock/use-lock', '../features/roll']],
    [
      'a feature test wiring the app controller',
      'src/features/lock/x.test.ts',
      ['../../app/lock-controller'],
    ],
  ])('allows %s', async (_, filePath, sources) => {
    const code = sources.map((source, i) => `export { x${i} } from '${source}';\n`).join('');
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  it('refuses the Zoom SDK outside src/zoom/', async () => {
    const [result] = await eslint.lintText("export { x } from '@zoom/appssdk';\n", {
      filePath: 'src/store/x.ts',
    });
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
