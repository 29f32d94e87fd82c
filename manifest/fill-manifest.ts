import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAPABILITIES } from '../src/zoom/capabilities';

/**
 * Fills manifest.template.json with this deployment's URLs, for the Marketplace's "upload
 * manifest" (or to copy by hand): `npm run manifest [-- OUTPUT]`, default dist/zoom-manifest.json.
 * Reads PUBLIC_URL and ZOOM_REDIRECT_URL from the environment or .env.
 */

export const TEMPLATE_PATH = resolve(import.meta.dirname, 'manifest.template.json');
const DEFAULT_OUTPUT = resolve(import.meta.dirname, '../dist/zoom-manifest.json');
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

export interface ManifestUrls {
  publicUrl: string;
  redirectUrl?: string;
}

/** The API list inside a manifest (template or filled). */
export function manifestApis(manifest: unknown): string[] {
  const apis = (
    manifest as {
      features?: { in_client_feature?: { zoom_app_api?: { zoom_app_apis?: unknown } } };
    }
  ).features?.in_client_feature?.zoom_app_api?.zoom_app_apis;
  if (!Array.isArray(apis) || !apis.every((api) => typeof api === 'string'))
    throw new Error('manifest has no zoom_app_apis list');
  return apis;
}

function httpsOrigin(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not an absolute URL: "${value}"`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`${name} must be https:// — Zoom loads apps over HTTPS only: "${value}"`);
  return url;
}

/** Returns the filled manifest; throws when a URL is unusable or the API list drifted from the adapter's capabilities. */
export function fillManifest(template: string, { publicUrl, redirectUrl }: ManifestUrls): unknown {
  const origin = httpsOrigin('PUBLIC_URL', publicUrl);
  if (origin.pathname !== '/' || origin.search)
    throw new Error(`PUBLIC_URL must be an origin with no path: "${publicUrl}"`);
  const redirect = httpsOrigin(
    'ZOOM_REDIRECT_URL',
    redirectUrl ?? `${origin.origin}/auth/callback`,
  );
  const values: Record<string, string> = {
    PUBLIC_URL: origin.origin,
    PUBLIC_HOST: origin.host,
    ZOOM_REDIRECT_URL: redirect.href,
  };
  const filled = template.replace(PLACEHOLDER, (match, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`manifest template has an unknown placeholder ${match}`);
    // The values go inside JSON strings: encode them as such.
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest: unknown = JSON.parse(filled);
  const apis = manifestApis(manifest);
  const expected = [...CAPABILITIES];
  const sameSet =
    new Set(apis).size === apis.length &&
    apis.length === expected.length &&
    expected.every((api) => apis.includes(api));
  if (!sameSet) {
    throw new Error(
      `manifest zoom_app_apis differ from src/zoom/capabilities.ts CAPABILITIES:\n  manifest: ${apis.join(', ')}\n  adapter:  ${expected.join(', ')}`,
    );
  }
  return manifest;
}

function main(): void {
  if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');
  const publicUrl = process.env.PUBLIC_URL?.trim();
  if (!publicUrl) {
    console.error(
      'Set PUBLIC_URL (and optionally ZOOM_REDIRECT_URL) in the environment or .env; see .env.example.',
    );
    process.exit(1);
  }
  const output = resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  const manifest = fillManifest(readFileSync(TEMPLATE_PATH, 'utf8'), {
    publicUrl,
    redirectUrl: process.env.ZOOM_REDIRECT_URL?.trim() || undefined,
  });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Wrote ${output}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
