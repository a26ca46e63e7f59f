/**
 * Browser-test helpers: Debian's chromium through playwright-core with the launch flags that
 * work on this machine, a page that records console errors and any script that runs from
 * untrusted text, and small waits on the app's own signals.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './browser-args';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface AppPage {
  page: Page;
  errors: string[];
  url: (query?: string) => string;
}

export async function openApp(browser: Browser, query = '', opts: { acceptDownloads?: boolean } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: opts.acceptDownloads ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const base = inject('baseUrl');
  const url = (q = '') => `${base}${q ? (q.startsWith('?') ? q : `?${q}`) : ''}`;
  await page.goto(url(query));
  await waitReady(page);
  return { page, errors, url };
}

/** Waits until a thread is loaded and the network has drawn at least once. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="summary"]')?.textContent ?? '';
    const n = document.querySelector('[data-testid="network"]') as HTMLElement | null;
    return /participants/.test(s) && Number(n?.dataset.rendered ?? 0) > 0;
  }, undefined, { timeout: 60_000 });
}

/** Waits until the network layout has stopped, so node positions hold still (for clicks). */
export async function waitLayoutStopped(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('[data-testid="network"]') as HTMLElement | null)?.dataset.layout === 'stopped' && !!(document.querySelector('[data-testid="network"]') as HTMLElement).dataset.layoutStop, undefined, { timeout: 60_000 });
}

export async function summary(page: Page): Promise<string> {
  return (await page.getByTestId('summary').textContent()) ?? '';
}
