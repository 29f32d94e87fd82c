import { existsSync } from 'node:fs';

/** Where a usable Chromium lives: $CHROMIUM_PATH, else Debian's or Ubuntu's usual paths. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
