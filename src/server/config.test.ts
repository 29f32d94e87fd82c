// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REQUIRED_VARIABLES } from './config';

const valid = {
  ZOOM_CLIENT_ID: 'id',
  ZOOM_CLIENT_SECRET: 'secret',
  ZOOM_REDIRECT_URL: 'https://doorkeeper.example.com/auth/callback',
  PUBLIC_URL: 'https://doorkeeper.example.com',
  SESSION_SECRET: 'x'.repeat(32),
};

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('reads a complete environment, with defaults for host, port and Zoom hosts', () => {
    const config = loadConfig(valid);
    expect(config.publicUrl.origin).toBe('https://doorkeeper.example.com');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.zoomOAuthBaseUrl.href).toBe('https://zoom.us/');
    expect(config.zoomApiBaseUrl.href).toBe('https://api.zoom.us/');
  });

  it('names every missing variable in one message', () => {
    let message = '';
    try {
      loadConfig({ ZOOM_CLIENT_ID: 'id', SESSION_SECRET: '   ' });
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    for (const name of REQUIRED_VARIABLES.filter((n) => n !== 'ZOOM_CLIENT_ID'))
      expect(message).toContain(name);
    expect(message).not.toMatch(/ZOOM_CLIENT_ID[,\n]/);
    expect(message).toContain('.env.example');
  });

  it.each([
    ['a short session secret', { SESSION_SECRET: 'short' }, /SESSION_SECRET must be at least 32/],
    [
      'plain http on a public host',
      {
        PUBLIC_URL: 'http://doorkeeper.example.com',
        ZOOM_REDIRECT_URL: 'http://doorkeeper.example.com/auth/callback',
      },
      /PUBLIC_URL must use https/,
    ],
    [
      'a public URL with a path',
      { PUBLIC_URL: 'https://doorkeeper.example.com/app' },
      /PUBLIC_URL must be an origin/,
    ],
    [
      'a redirect URL on the wrong path',
      { ZOOM_REDIRECT_URL: 'https://doorkeeper.example.com/callback' },
      /must end in \/auth\/callback/,
    ],
    [
      'a redirect URL on another origin',
      { ZOOM_REDIRECT_URL: 'https://other.example.com/auth/callback' },
      /must be on PUBLIC_URL's origin/,
    ],
    ['a non-numeric port', { PORT: 'eighty' }, /PORT must be a number/],
    [
      'a relative Zoom base URL',
      { ZOOM_OAUTH_BASE_URL: 'zoom.us' },
      /ZOOM_OAUTH_BASE_URL is not an absolute URL/,
    ],
  ])('refuses %s', (_name, override, problem) => {
    expect(problemsOf({ ...valid, ...override }).join('\n')).toMatch(problem);
  });

  it('accepts plain http on loopback for local runs and tests', () => {
    const config = loadConfig({
      ...valid,
      PUBLIC_URL: 'http://127.0.0.1:3000',
      ZOOM_REDIRECT_URL: 'http://127.0.0.1:3000/auth/callback',
      ZOOM_OAUTH_BASE_URL: 'http://127.0.0.1:9999',
      PORT: '0',
    });
    expect(config.port).toBe(0);
    expect(config.zoomOAuthBaseUrl.origin).toBe('http://127.0.0.1:9999');
  });
});
