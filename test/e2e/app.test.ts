/**
 * The app as a new user meets it: the seed opens by itself, a participant's comments show their
 * evidence, filters and the timeline brush change the network, a shared URL reopens the same view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, summary, waitLayoutStopped } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const edgesOf = async (page: import('playwright-core').Page) => Number(await page.getByTestId('network').getAttribute('data-edges'));

describe('the app on the seed thread', () => {
  it('opens on the seed with no set-up', async () => {
    const { page, errors } = await openApp(browser);
    expect(await summary(page)).toMatch(/11 participants · 25 comments · \d+ replies/);
    expect(Number(await page.getByTestId('network').getAttribute('data-nodes'))).toBe(11);
    expect(Number(await page.getByTestId('timeline').getAttribute('data-marks'))).toBe(25);
    expect(await page.getByTestId('report').textContent()).toMatch(/squarespace/i);
    expect(errors).toEqual([]);
  });

  it('selecting Eric A. Brill lists his 5 comments with the evidence highlighted', async () => {
    const { page } = await openApp(browser, 'sel=p:eric-a-brill');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toContain('Eric A. Brill');
    const cards = page.getByTestId('comment-card');
    expect(await cards.count()).toBe(5);
    const marks = await page.getByTestId('evidence').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Scott', 'ange paris', 'M.Ali', 'SCOTT']));
    // Each highlighted word is exactly a substring of its comment's text.
    for (let i = 0; i < 5; i++) {
      const card = cards.nth(i);
      const text = (await card.textContent()) ?? '';
      for (const m of await card.getByTestId('evidence').allTextContents()) expect(text).toContain(m);
    }
  });

  it('selecting a participant by clicking the network node', async () => {
    const { page } = await openApp(browser);
    await waitLayoutStopped(page);
    const pos = await page.evaluate(() => {
      const tg = (window as unknown as { threadgraph: { sigma: { getGraph(): { getNodeAttributes(n: string): { x: number; y: number } }; graphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement } } }).threadgraph;
      const a = tg.sigma.getGraph().getNodeAttributes('megan');
      const v = tg.sigma.graphToViewport(a);
      const r = tg.sigma.getContainer().getBoundingClientRect();
      return { x: r.left + v.x, y: r.top + v.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toContain('Megan');
    expect(page.url()).toContain('sel=p%3Amegan');
  });

  it('toggling a signal and moving the confidence slider change the network and the summary', async () => {
    const { page } = await openApp(browser);
    const before = await summary(page);
    const edges0 = await edgesOf(page);
    await page.getByTestId('signal-salutation').uncheck();
    await expect.poll(() => summary(page)).not.toBe(before);
    await expect.poll(() => edgesOf(page)).toBeLessThan(edges0);
    await page.getByTestId('signal-salutation').check();
    await expect.poll(() => edgesOf(page)).toBe(edges0);
    await page.getByTestId('confidence-slider').fill('0.95');
    await expect.poll(() => edgesOf(page)).toBeLessThan(edges0);
    expect(await page.getByTestId('confidence-value').textContent()).toContain('0.95');
  });

  it('brushing the timeline filters the network to the replies in that window', async () => {
    const { page } = await openApp(browser);
    const edges0 = await edgesOf(page);
    const box = (await page.getByTestId('timeline').boundingBox())!;
    // Brush the left third of the plot area.
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-window')).toMatch(/^\d+-\d+$/);
    await expect.poll(() => edgesOf(page)).toBeLessThan(edges0);
    expect(page.url()).toMatch(/[?&]w=\d+-\d+/);
  });

  it('hovering a timeline mark shows its comment, a click selects it, and a double click or Escape clears the brushed window', async () => {
    const { page } = await openApp(browser);
    const timeline = page.getByTestId('timeline');
    const mark = page.locator('[data-testid="timeline-mark"][data-index="3"]');
    const commentId = await mark.getAttribute('data-comment-id');
    const centre = async () => {
      const b = (await mark.boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    let at = await centre();
    await page.mouse.move(at.x, at.y);
    const tooltip = page.getByTestId('timeline-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('comment 3');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.url()).toContain(`sel=c%3A${encodeURIComponent(commentId!)}`);

    // Brush a window, then clear it with Escape and with a double click on empty space.
    const box = (await timeline.boundingBox())!;
    const brush = async () => {
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => timeline.getAttribute('data-window')).toMatch(/^\d+-\d+$/);
    };
    await brush();
    await timeline.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => timeline.getAttribute('data-window')).toBe('');
    await brush();
    at = { x: box.x + box.width * 0.95, y: box.y + 6 };
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => timeline.getAttribute('data-window')).toBe('');
  });

  it("clicking an edge in the network opens its evidence", async () => {
    const { page } = await openApp(browser);
    await waitLayoutStopped(page);
    const mid = await page.evaluate(() => {
      const tg = (window as unknown as { threadgraph: { sigma: { getGraph(): { getNodeAttributes(n: string): { x: number; y: number } }; graphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement } } }).threadgraph;
      const g = tg.sigma.getGraph();
      const a = tg.sigma.graphToViewport(g.getNodeAttributes('bozorg'));
      const b = tg.sigma.graphToViewport(g.getNodeAttributes('eric-a-brill'));
      const r = tg.sigma.getContainer().getBoundingClientRect();
      return { x: r.left + (a.x + b.x) / 2, y: r.top + (a.y + b.y) / 2 };
    });
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toMatch(/Bozorg → Eric A\. Brill/);
    expect(await page.getByTestId('evidence').allTextContents()).toContain('Eric');
  });

  it("opens an edge's evidence from a link", async () => {
    const { page } = await openApp(browser, 'sel=e:m-ali>ange-paris');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toMatch(/M\.Ali → ange paris/);
    const marks = await page.getByTestId('evidence').allTextContents();
    expect(marks.some((m) => m.includes('what we know is that we are right'))).toBe(true);
  });

  it('sizes participants by reply rank (PageRank), and the legend and link say so', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId('size-by').selectOption('replyRank');
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/Size: reply rank \(PageRank, % of the graph\)\s*\d+\.\d–\d+\.\d/);
    expect(new URL(page.url()).searchParams.get('size')).toBe('replyRank');
    await page.getByTestId('color-by').selectOption('replyRank');
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/Colour: reply rank/);
    expect(errors).toEqual([]);
  });

  it('? lists the keyboard shortcuts, and / puts the cursor in the search box', async () => {
    const { page, errors } = await openApp(browser);
    await page.locator('body').press('?');
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toMatch(/Fit the whole network/);
    // Keys pressed inside the dialog do nothing else, and Escape closes it.
    await page.keyboard.press('/');
    expect(await page.getByTestId('search').evaluate((e) => e === document.activeElement)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.locator('body').press('/');
    await expect.poll(() => page.getByTestId('search').evaluate((e) => e === document.activeElement)).toBe(true);
    // Typed into the search box, ? is a character, not the shortcut.
    await page.keyboard.type('ali?');
    expect(await page.getByTestId('search').inputValue()).toBe('ali?');
    expect(await dialog.isVisible()).toBe(false);
    await page.getByTestId('shortcuts-button').click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a shared URL reopens the same view', async () => {
    const query = 'min=0.8&signals=salutation,quote&size=words&color=inWeight&sel=p:catherine&w=5-20&q=ali';
    const { page } = await openApp(browser, query);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toContain('Catherine');
    expect(await page.getByTestId('confidence-value').textContent()).toContain('0.8');
    expect(await page.getByTestId('signal-mention').isChecked()).toBe(false);
    expect(await page.getByTestId('signal-quote').isChecked()).toBe(true);
    expect(await page.getByTestId('size-by').inputValue()).toBe('words');
    expect(await page.getByTestId('color-by').inputValue()).toBe('inWeight');
    expect(await page.getByTestId('search').inputValue()).toBe('ali');
    expect(await page.getByTestId('timeline').getAttribute('data-window')).toBe('5-20');
    const edges = await edgesOf(page);
    const first = await summary(page);
    await page.reload();
    await expect.poll(() => page.getByTestId('details-title').textContent()).toContain('Catherine');
    expect(await summary(page)).toBe(first);
    expect(await edgesOf(page)).toBe(edges);
  });
});

describe('the timeline of a crowded thread', () => {
  it('gives a selected person from the shared "others" lane a lane of their own, labelled', async () => {
    const { page } = await openApp(browser);
    // 100 people: person k writes k % 7 + 1 comments, so the least active share the last lane.
    const rows = ['author,text'];
    for (let round = 0; round < 7; round++) {
      for (let k = 0; k < 100; k++) if (round <= k % 7) rows.push(`Person ${k},Comment ${round} by ${k}.`);
    }
    await page.getByTestId('paste-button').click();
    await page.getByTestId('paste-area').fill(rows.join('\n'));
    await page.getByTestId('paste-submit').click();
    await expect.poll(() => summary(page)).toMatch(/100 participants · 395 comments/);
    const timeline = page.getByTestId('timeline');
    const label = timeline.locator('text.lane-label[data-participant-id="person-0"]');
    await expect.poll(() => timeline.locator('text.lane-label').allTextContents()).toContain('21 others');
    expect(await label.count()).toBe(0);
    await page.evaluate(() => (window as unknown as { threadgraph: { store: { dispatch(a: unknown): void } } }).threadgraph.store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'person-0' } }));
    await expect.poll(() => label.textContent()).toBe('Person 0');
    await page.evaluate(() => (window as unknown as { threadgraph: { store: { dispatch(a: unknown): void } } }).threadgraph.store.dispatch({ type: 'view/select', selection: null }));
    await expect.poll(() => label.count()).toBe(0);
  });
});
