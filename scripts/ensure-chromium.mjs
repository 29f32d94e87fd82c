#!/usr/bin/env node
// The end-to-end tests drive a real Chromium. npm cannot install one here, so find Debian's,
// or install it with apt-get when we are root (CI and fresh dev machines are). Never skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    'Doorkeeper: the end-to-end tests need Chromium and none was found.\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log('Doorkeeper: installing Debian chromium for the end-to-end tests (once)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
  stdio: 'inherit',
  env,
});
if (!findChromium()) {
  console.error('Doorkeeper: apt-get finished but no chromium binary was found.');
  process.exit(1);
}
