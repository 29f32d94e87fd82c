// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillManifest, manifestApis, TEMPLATE_PATH } from '../../manifest/fill-manifest';
import { CAPABILITIES } from '../zoom/capabilities';

const ZOOM_DIR = resolve(import.meta.dirname, '../zoom');
const template = readFileSync(TEMPLATE_PATH, 'utf8');
const sorted = (list: Iterable<string>): string[] => [...new Set(list)].sort();

/** Every API and event name the SDK knows, from its own typings (`declare type Apis = 'a' | 'b' | …`). */
function sdkApiNames(): Set<string> {
  const typings = readFileSync(
    resolve(import.meta.dirname, '../../node_modules/@zoom/appssdk/dist/sdk.d.ts'),
    'utf8',
  );
  const union = /declare type Apis = ([^;]+);/.exec(typings)?.[1] ?? '';
  return new Set([...union.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1] ?? ''));
}

/**
 * What the adapter really touches, read from its source whatever it names the SDK object:
 * `<anything>.<SDK API>(…)` calls, and `removeEventListener('<SDK event>', …)`.
 */
function sdkUsage(): { calls: Set<string>; removed: Set<string> } {
  const known = sdkApiNames();
  const calls = new Set<string>();
  const removed = new Set<string>();
  const sources = readdirSync(ZOOM_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of sources) {
    const source = readFileSync(join(ZOOM_DIR, file), 'utf8');
    for (const m of source.matchAll(/\.\s*([A-Za-z]+)\s*\(/g))
      if (m[1] && known.has(m[1])) calls.add(m[1]);
    for (const m of source.matchAll(
      /\.(?:addEventListener|removeEventListener)\(\s*'([A-Za-z]+)'/g,
    ))
      // Only the SDK's own events: the message guard also listens to the window's 'message'.
      if (m[1] && known.has(m[1])) removed.add(m[1]);
  }
  return { calls, removed };
}

describe('the Zoom App manifest', () => {
  it('lists exactly the capabilities the adapter passes to zoomSdk.config', () => {
    expect(sorted(manifestApis(JSON.parse(template)))).toEqual(sorted(CAPABILITIES));
    expect(manifestApis(JSON.parse(template))).toHaveLength(new Set(CAPABILITIES).size);
  });

  it('and those are exactly the SDK methods the adapter calls and the events it subscribes to', () => {
    expect(sdkApiNames().size).toBeGreaterThan(100);
    const { calls, removed } = sdkUsage();
    expect(sorted(calls)).toEqual(sorted(CAPABILITIES));
    // Every event subscribed to is also unsubscribed by name (the port promises dispose() removes all).
    expect(sorted(removed)).toEqual(sorted([...calls].filter((name) => name.startsWith('on'))));
  });

  it('asks for the in-meeting scope and, optionally, only the scope to list registrants', () => {
    const manifest = JSON.parse(template) as {
      oauth_information: { scopes: { scope: string; optional: boolean }[] };
    };
    expect(manifest.oauth_information.scopes).toEqual([
      { scope: 'zoomapp:inmeeting', optional: false },
      { scope: 'meeting:read:list_registrants', optional: true },
    ]);
  });

  it('fills in the deployment URLs, home and redirect URIs and the domain allow list', () => {
    const filled = JSON.stringify(
      fillManifest(template, { publicUrl: 'https://doorkeeper.example.com' }),
    );
    expect(filled).not.toMatch(/\{\{/);
    const manifest = JSON.parse(filled) as {
      oauth_information: Record<string, unknown>;
      features: { production_home_uri: string; domain_allow_list: { domain: string }[] };
    };
    expect(manifest.oauth_information.production_redirect_uri).toBe(
      'https://doorkeeper.example.com/auth/callback',
    );
    expect(manifest.oauth_information.oauth_allow_list).toEqual([
      'https://doorkeeper.example.com/auth/callback',
    ]);
    expect(manifest.features.production_home_uri).toBe('https://doorkeeper.example.com/');
    expect(manifest.features.domain_allow_list.map((d) => d.domain)).toEqual([
      'doorkeeper.example.com',
    ]);
  });

  it('refuses URLs Zoom would not load', () => {
    expect(() => fillManifest(template, { publicUrl: 'http://doorkeeper.example.com' })).toThrow(
      /https/,
    );
    expect(() =>
      fillManifest(template, { publicUrl: 'https://doorkeeper.example.com/sub' }),
    ).toThrow(/origin/);
    expect(() =>
      fillManifest(template, { publicUrl: 'https://a.example', redirectUrl: 'not a url' }),
    ).toThrow(/ZOOM_REDIRECT_URL/);
  });

  it('refuses a template whose API list drifted from the adapter', () => {
    const drifted = template.replace('"showNotification",', '"showNotification", "shareApp",');
    expect(() => fillManifest(drifted, { publicUrl: 'https://a.example' })).toThrow(
      /differ from src\/zoom\/capabilities.ts/,
    );
  });
});
