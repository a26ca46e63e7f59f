/**
 * Loading other formats, hostile and broken input, and every export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, summary, waitReady } from './browser';
import { syntheticThreadCsv } from '../../src/cli/synthetic-thread';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const fixture = (p: string) => new URL(`../fixtures/${p}`, import.meta.url).pathname;

async function download(page: Page, what: string): Promise<{ name: string; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${what}`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), body: readFileSync(path!) };
}

/** PNG signature, size from IHDR, and whether the image is more than a blank background. */
function pngInfo(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A picture decoded and drawn by the page: its size, and the share of its pixels with ink (not near-white, not transparent). */
function drawnInPage(page: Page, mime: string, body: Buffer): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async ([type, b64]) => {
    const img = new Image();
    img.src = `data:${type};base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 0 && (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235)) n++;
    return { width: img.naturalWidth, height: img.naturalHeight, inked: n / (c.width * c.height) };
  }, [mime, body.toString('base64')] as const);
}

describe('loading', () => {
  it('opens a CSV chosen with the file input', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles(new URL('../../data/seed-comments.csv', import.meta.url).pathname);
    await expect.poll(() => page.getByTestId('report').textContent()).toMatch(/csv/i);
    expect(await summary(page)).toMatch(/11 participants · 25 comments/);
    // A thread of one discussion has no post to choose.
    expect(await page.getByTestId('topic-select').isVisible()).toBe(false);
  });

  it('opens a WordPress export: comments of three posts, each card naming its post, one post at a time', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles(new URL('../../data/cc-labs-excerpt.wxr.xml', import.meta.url).pathname);
    await expect.poll(() => summary(page)).toMatch(/6 participants · 6 comments/);
    expect(await page.getByTestId('topic-select').isVisible()).toBe(true);
    expect(await page.getByTestId('report').textContent()).toMatch(/wxr/i);
    await page.evaluate(() => (window as unknown as { threadgraph: { store: { dispatch(a: unknown): void } } }).threadgraph.store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'iz' } }));
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('on post 107: Per-blog registrations for Wordpress-mu');
    // One post at a time: the excerpt's only reply is on post 107.
    expect(await summary(page)).toMatch(/comments · 1 reply\b/);
    await page.getByTestId('topic-select').selectOption('post 6: wpLicense 0.7.6');
    await expect.poll(() => summary(page)).toMatch(/6 comments \(3 on this post\) · 0 replies/);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('post 6: wpLicense 0.7.6');
    await page.getByTestId('topic-select').selectOption('');
    await expect.poll(() => summary(page)).toMatch(/comments · 1 reply\b/);
  });

  it('reopens the bundled blog export on one post from a link', async () => {
    const topic = 'post 107: Per-blog registrations for Wordpress-mu';
    const { page } = await openApp(browser, `?sample=cc-labs-wxr&topic=${encodeURIComponent(topic)}`);
    await expect.poll(() => summary(page)).toMatch(/6 comments \(2 on this post\) · 1 reply\b/);
    expect(await page.getByTestId('topic-select').inputValue()).toBe(topic);
  });

  it('opens the bundled IRC log from the sample menu, dated by its file name, with position replies on', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('sample-select').selectOption('ubuntu-irc');
    await expect.poll(() => summary(page)).toMatch(/32 participants · 234 comments/);
    const report = await page.getByTestId('report').textContent();
    expect(report).toMatch(/chat/);
    expect(report).toContain('the log\'s first line is dated 2011-05-29, the date in its file name');
    expect(await page.getByTestId('signal-adjacency').isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('sample')).toBe('ubuntu-irc');
    // Its defaults are not written into the link, and a link to it opens with them.
    expect(new URL(page.url()).searchParams.has('signals')).toBe(false);
    const { page: linked } = await openApp(browser, '?sample=ubuntu-irc');
    expect(await linked.getByTestId('signal-adjacency').isChecked()).toBe(true);
    // Switched off, the link says so and a reload keeps it off.
    await linked.getByTestId('signal-adjacency').uncheck();
    await expect.poll(() => new URL(linked.url()).searchParams.get('signals')).toBe('explicit,salutation,mention,quote,reference');
    await linked.reload();
    await waitReady(linked);
    expect(await linked.getByTestId('signal-adjacency').isChecked()).toBe(false);
  });

  it('opens pasted JSON', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('paste-button').click();
    await page.getByTestId('paste-area').fill(JSON.stringify([
      { author: 'Ann Lee', text: 'Is the bridge open?' },
      { author: 'Bob Stone', text: 'Ann, yes since Monday.' },
      { author: 'Cy Park', text: 'Bob: not for trucks.' },
    ]));
    await page.getByTestId('paste-submit').click();
    await expect.poll(() => summary(page)).toMatch(/3 participants · 3 comments · 2 replies/);
  });

  it('a pasted table with headers it does not know: choose its columns, and it opens', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId('paste-button').click();
    await page.getByTestId('paste-area').fill('Who,When,Said\nAnn Lee,2020-06-01 09:00,Is the bridge open?\nBob Stone,2020-06-01 10:30,"Ann, yes since Monday."\n');
    await page.getByTestId('paste-submit').click();
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/no author or text column found; the header has "Who", "When", "Said"\./);
    expect(await page.getByTestId('load-error').textContent()).not.toMatch(/--columns/);
    expect(await summary(page)).toMatch(/11 participants · 25 comments/);
    await page.getByTestId('read-again').click();
    expect(await page.getByTestId('read-dialog').isVisible()).toBe(true);
    // The guess: author and text; the time column is the user's to name.
    expect(await page.getByTestId('read-column-author').inputValue()).toBe('Who');
    expect(await page.getByTestId('read-column-text').inputValue()).toBe('Said');
    expect(await page.getByTestId('read-column-time').inputValue()).toBe('');
    await page.getByTestId('read-column-time').selectOption('When');
    await page.getByTestId('read-submit').click();
    await expect.poll(() => summary(page)).toMatch(/2 participants · 2 comments · 1 reply\b/);
    expect(await page.getByTestId('load-error').count()).toBe(0);
    expect(await page.getByTestId('report').textContent()).toMatch(/csv/i);
    expect(await page.getByTestId('report').textContent()).not.toMatch(/undated/);
    expect(errors).toEqual([]);
  });

  it('text read as the wrong format: the message names the format it looks like, and Read as… opens it so', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('paste-button').click();
    await page.getByTestId('paste-area').fill(JSON.stringify([{ author: 'Ann Lee', text: 'Is the bridge "open"?' }, { author: 'Bob Stone', text: 'Ann, yes.' }]));
    await page.getByTestId('paste-format').selectOption('csv');
    await page.getByTestId('paste-submit').click();
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/The content looks like JSON\./);
    await page.getByTestId('read-again').click();
    expect(await page.getByTestId('read-format').inputValue()).toBe('json');
    await page.getByTestId('read-submit').click();
    await expect.poll(() => summary(page)).toMatch(/2 participants · 2 comments · 1 reply\b/);
  });

  it('a long list in the report shows its first 100 rows and a button for the next ones', async () => {
    const { page } = await openApp(browser);
    // 250 rows without text (each a skipped block) between comments.
    const rows = ['author,text'];
    for (let i = 0; i < 250; i++) rows.push(`Ann,Comment ${i}`, `Bob,`);
    await page.getByTestId('file-input').setInputFiles({ name: 'gaps.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect.poll(() => summary(page)).toMatch(/1 participant · 250 comments/);
    const skipped = page.locator('.report-skipped > li');
    await page.getByText('Skipped blocks (250)').click();
    expect(await skipped.count()).toBe(100);
    const more = page.locator('.report-more');
    expect(await more.textContent()).toBe('Show 100 more (150 not shown)');
    await more.click();
    expect(await skipped.count()).toBe(200);
    await more.click();
    expect(await skipped.count()).toBe(250);
    expect(await more.isVisible()).toBe(false);
    expect(await skipped.last().textContent()).toMatch(/^line 501: row has no text/);
  });

  it('opens an Excel workbook (the seed saved by LibreOffice), and the report says which sheet was read', async () => {
    const { page } = await openApp(browser, '?sample=cc-labs-wxr');
    await page.getByTestId('file-input').setInputFiles(fixture('binary/seed-comments.xlsx'));
    await expect.poll(() => summary(page)).toMatch(/11 participants · 25 comments · 25 replies/);
    expect(await page.getByTestId('report').textContent()).toContain('The file is an Excel workbook: its sheet "seed-comments" was read as a table of 26 rows');
  });

  it('a zip archive gets a message saying what it is and what to do, and the thread shown stays', async () => {
    const { page } = await openApp(browser);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]);
    await page.getByTestId('file-input').setInputFiles({ name: 'threads.zip', mimeType: 'application/zip', buffer: zip });
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/threads\.zip: the file is a zip archive, not a text file threadgraph can read\. Unpack it/);
    expect(await summary(page)).toMatch(/11 participants · 25 comments/);
  });

  it('a broken file gets a message naming the line, and the thread shown stays', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles(fixture('e2e/broken.csv'));
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/broken\.csv.*line 3/);
    expect(await summary(page)).toMatch(/11 participants · 25 comments/);
  });

  it('a file in which nothing is a comment gets a message, and the thread shown stays', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles({ name: 'header-only.csv', mimeType: 'text/csv', buffer: Buffer.from('author,text\n') });
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/header-only\.csv: no comments found/);
    expect(await summary(page)).toMatch(/11 participants · 25 comments/);
  });

  it('opens a CSV saved as windows-1252 with its accents, and the report says how it was read', async () => {
    const { page } = await openApp(browser);
    const csv = Buffer.from('author,text\nJos\xe9,hello\nAna,"Jos\xe9, you are right"\n', 'latin1');
    await page.getByTestId('file-input').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: csv });
    await expect.poll(() => summary(page)).toMatch(/2 participants · 2 comments · 1 reply\b/);
    expect(await page.getByTestId('report').textContent()).toContain('read as windows-1252');
    await page.evaluate(() => (window as unknown as { threadgraph: { store: { dispatch(a: unknown): void } } }).threadgraph.store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'jose' } }));
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('José');
  });

  it('opens a saved web page of a comment section, nested replies included', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles(fixture('text/wordpress-excerpt.html'));
    await expect.poll(() => summary(page)).toMatch(/15 comments/);
    const report = await page.getByTestId('report').textContent();
    expect(report).toContain('Read as a web page (HTML)');
    expect(report).toContain('10 replies were nested under another comment');
  });

  it('a hostile thread runs nothing and shows its markup as text', async () => {
    const { page, errors } = await openApp(browser);
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.getByTestId('file-input').setInputFiles(fixture('e2e/hostile-thread.csv'));
    await expect.poll(() => summary(page)).toMatch(/4 participants · 4 comments/);
    // Look at every participant's comments so all text gets rendered.
    for (const id of ['mallory', 'trent']) {
      await page.evaluate((pid) => (window as unknown as { threadgraph: { store: { dispatch(a: unknown): void } } }).threadgraph.store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: pid } }), id);
      await expect.poll(() => page.getByTestId('details').textContent()).toContain('<');
    }
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.getByTestId('details').textContent()).toMatch(/<(svg|img|a) /);
    expect(await page.locator('#details script, #details img, #details svg, #details a[href^="javascript"]').count()).toBe(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

describe('exports', () => {
  it('downloads a network PNG with drawn pixels at 2x', async () => {
    const { page } = await openApp(browser);
    const { name, body } = await download(page, 'network-png');
    expect(name).toMatch(/network.*\.png$/);
    const { width, height } = pngInfo(body);
    const box = (await page.getByTestId('network').boundingBox())!;
    expect(width).toBeGreaterThanOrEqual(Math.floor(box.width * 2) - 2);
    expect(height).toBeGreaterThan(box.height);
    // Drawn: decode in the page and count non-background pixels.
    expect((await drawnInPage(page, 'image/png', body)).inked).toBeGreaterThan(0.005);
  });

  it('downloads the network as SVG: the PNG\'s picture, which the browser draws', async () => {
    const { page } = await openApp(browser);
    const png = pngInfo((await download(page, 'network-png')).body);
    const { name, body } = await download(page, 'network-svg');
    expect(name).toMatch(/network.*\.svg$/);
    const svg = body.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Eric A. Brill</text>');
    expect(svg).toContain('Size: comments written');
    // Drawn by the browser as an image, the size of the PNG, with ink on it.
    const drawn = await drawnInPage(page, 'image/svg+xml', body);
    expect([drawn.width, drawn.height]).toEqual([png.width, png.height]);
    expect(drawn.inked).toBeGreaterThan(0.005);
  });

  it('downloads a timeline PNG', async () => {
    const { page } = await openApp(browser);
    const { name, body } = await download(page, 'timeline-png');
    expect(name).toMatch(/timeline.*\.png$/);
    expect(pngInfo(body).width).toBeGreaterThan(400);
  });

  it('downloads the timeline as SVG, its marks in the SVG (a small thread) or drawn from the canvas (a long one)', async () => {
    const { page } = await openApp(browser);
    const small = await download(page, 'timeline-svg');
    expect(small.name).toMatch(/timeline.*\.svg$/);
    const text = small.body.toString('utf8');
    expect(text).toContain('>Eric A. Brill</text>');
    expect(text).toMatch(/<text [^>]*>[^<]*Timeline · min confidence 0\.5[^<]*replies drawn<\/text>/);
    expect((await drawnInPage(page, 'image/svg+xml', small.body)).inked).toBeGreaterThan(0.01);
    // 2,500 comments: the marks are on the canvas, and drawn into the SVG as paths.
    await page.getByTestId('file-input').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticThreadCsv(2500)) });
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/2,500 comments/);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-mode')).toBe('canvas');
    const long = (await download(page, 'timeline-svg')).body.toString('utf8');
    expect((long.match(/<path /g) ?? []).length).toBeGreaterThan(2500);
    expect(long).toMatch(/<text [^>]*>Timeline · [^<]*replies drawn<\/text>/);
  });

  it('downloads the CSV tables, GEXF, GraphML and JSON for the current filters', async () => {
    const { page } = await openApp(browser, 'min=0.9');
    const replies = await download(page, 'replies-csv');
    expect(replies.name).toMatch(/replies.*min0\.9.*\.csv$/);
    const rows = replies.body.toString('utf8').trim().split('\n');
    expect(rows[0]).toBe('comment_id,comment_index,author,target,target_comment_id,signal,confidence,evidence');
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows.slice(1)) expect(Number(r.match(/,(0\.\d{3}|1\.000),/)![1])).toBeGreaterThanOrEqual(0.9);
    const edges = await download(page, 'edges-csv');
    expect(edges.body.toString('utf8').split('\n')[0]).toBe('source,target,weight,explicit,salutation,mention,quote,reference,adjacency,mean_confidence,comment_ids');
    const nodes = await download(page, 'nodes-csv');
    expect(nodes.body.toString('utf8').trim().split('\n')).toHaveLength(12);
    const comments = await download(page, 'comments-csv');
    expect(comments.body.toString('utf8').trim().split('\n')[0]).toBe('comment_id,comment_index,author,timestamp,text');
    const gexf = await download(page, 'gexf');
    expect(gexf.name).toMatch(/\.gexf$/);
    const xml = gexf.body.toString('utf8');
    expect(xml).toContain('<gexf');
    expect((xml.match(/<node /g) ?? []).length).toBe(11);
    const graphml = await download(page, 'graphml');
    expect(graphml.name).toMatch(/min0\.9\.graphml$/);
    expect((graphml.body.toString('utf8').match(/<node /g) ?? []).length).toBe(11);
    const report = JSON.parse((await download(page, 'report-json')).body.toString('utf8'));
    expect(report).toMatchObject({ comments: 25, participants: 11, min_confidence: 0.9 });
    const json = await download(page, 'graph-json');
    expect(JSON.parse(json.body.toString('utf8')).nodes).toHaveLength(11);
  });

  it('exported cells from a hostile thread cannot run as formulas', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('file-input').setInputFiles(fixture('e2e/hostile-thread.csv'));
    await expect.poll(() => summary(page)).toMatch(/4 comments/);
    const text = (await download(page, 'comments-csv')).body.toString('utf8');
    expect(text).toContain(`'=1+2 and @SUM(A1)`);
    expect(text).toContain(`'=HYPERLINK(`);
    expect(text).not.toMatch(/(^|,)=/m);
  });
});
