// What this Chromium does with the Zoom session cookie's attributes over plain HTTP, the question
// behind test/e2e/registrations.e2e.ts: `node scripts/loopback-cookies.mjs` prints one line per
// host and context. A server on 127.0.0.1 sets `__Host-probe=1; HttpOnly; Secure; SameSite=None;
// Partitioned` (the attributes of src/server/zoom-session.ts) and reports whether the next request
// carries it: top-level, and framed by an https Zoom page (a Playwright route), with and without
// the Local Network Access permission. `doorkeeper.test` is a non-loopback name mapped to 127.0.0.1.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';

const COOKIE = '__Host-probe=1; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=None; Partitioned';
const PAGE = `<!doctype html><script>
fetch('/set', { method: 'POST' })
  .then(() => fetch('/get'))
  .then((r) => r.text())
  .then((t) => { document.title = 'sent back: ' + (t || 'nothing'); });
</script>`;

const server = createServer((req, res) => {
  if (req.url === '/set') return res.writeHead(204, { 'set-cookie': COOKIE }).end();
  if (req.url === '/get') return res.writeHead(200).end(req.headers.cookie ?? '');
  res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP doorkeeper.test 127.0.0.1'],
});
console.log(`Chromium ${browser.version()}`);
for (const host of ['127.0.0.1', 'localhost', 'doorkeeper.test']) {
  for (const how of ['top-level', 'framed by https://app.zoom.us', 'framed, LNA granted']) {
    const context = await browser.newContext();
    if (how.includes('LNA'))
      await context.grantPermissions(['local-network-access'], { origin: 'https://app.zoom.us' });
    const page = await context.newPage();
    const failures = [];
    page.on('requestfailed', (r) => failures.push(r.failure()?.errorText ?? 'failed'));
    page.on('console', (m) => /Mixed Content/.test(m.text()) && failures.push('mixed content'));
    const url = `http://${host}:${port}/`;
    let frame = page.mainFrame();
    if (how === 'top-level') await page.goto(url);
    else {
      await page.route('https://app.zoom.us/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<iframe src="${url}"></iframe>` }),
      );
      await page.goto('https://app.zoom.us/');
      await page.waitForTimeout(1500);
      frame = page.frames().find((f) => f !== page.mainFrame()) ?? frame;
    }
    const title = await frame
      .waitForFunction(() => document.title.startsWith('sent back'), null, { timeout: 3000 })
      .then(() => frame.title())
      .catch(() => `not loaded (${failures.join(', ') || 'no answer'})`);
    console.log(`${host.padEnd(16)} ${how.padEnd(30)} ${title}`);
    await context.close();
  }
}
await browser.close();
server.close();
