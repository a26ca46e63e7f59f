/**
 * `npm run screenshots`: builds nothing itself; serves dist/ with vite preview, opens the app on
 * the seed in headless chromium and saves the README's pictures of the network, the timeline
 * and the evidence panel into test/e2e/screenshots/.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-args';

const root = new URL('../..', import.meta.url).pathname;
const out = `${root}test/e2e/screenshots`;
const port = 4377;

async function main(): Promise<void> {
  const server = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?sel=p:eric-a-brill`);
    await page.waitForFunction(() => Number((document.querySelector('[data-testid="network"]') as HTMLElement)?.dataset.layoutStop ? 1 : 0) === 1, undefined, { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/app.png` });
    await page.locator('#network').screenshot({ path: `${out}/network.png` });
    await page.locator('#timeline').screenshot({ path: `${out}/timeline.png` });
    await page.locator('#details').screenshot({ path: `${out}/evidence.png` });
    await browser.close();
  } finally {
    if (server.pid) process.kill(server.pid);
  }
}

void main();
