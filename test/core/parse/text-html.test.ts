import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { detectFormat } from '../../../src/core/parse/detect';
import { looksLikeWebPage, pageText } from '../../../src/core/parse/text/html-page';
import { buildThread } from '../../../src/core/thread';
import { inferReplies } from '../../../src/core/infer/index';
import { InputError } from '../../../src/core/errors';

const PAGE = readFileSync('test/fixtures/text/wordpress-excerpt.html', 'utf8');
const PASTED = readFileSync('test/fixtures/text/wordpress-excerpt.txt', 'utf8');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a saved web page of a comment section', () => {
  it('gives the comments, times and nesting that the pasted text of the same comments gives', () => {
    const page = parseInput(PAGE, { fileName: 'comments.html' });
    const pasted = parseInput(PASTED, { fileName: 'comments.txt' });
    expect(page.format).toBe('text');
    expect(page.dialect).toBe('wordpress');
    expect(page.comments).toHaveLength(15);
    expect(page.comments.map((c) => [c.author, c.time, c.parentId])).toEqual(pasted.comments.map((c) => [c.author, c.time, c.parentId]));
    expect(page.comments.filter((c) => c.parentId !== undefined)).toHaveLength(10);
    // The same words; only line breaks inside a comment may differ (a browser shows <br> as one).
    expect(page.comments.map((c) => flat(c.text))).toEqual(pasted.comments.map((c) => flat(c.text)));
    // Script and form field contents are not page text, the article and the form are skipped, and the report says how the page was read.
    expect(page.comments.map((c) => c.author)).not.toContain('Script Writer');
    expect(page.comments.map((c) => c.author)).not.toContain('Textarea Person');
    expect(page.skipped.map((s) => s.reason)).toEqual(['article text above the first comment', 'comments heading', 'comment form below the last comment']);
    expect(page.notes[0]).toMatch(/^Read as a web page \(HTML\)/);
  });

  it('is recognised by its content as well as by its name, and its tag lines are never taken for chat lines', () => {
    expect(looksLikeWebPage(PAGE)).toBe(true);
    expect(detectFormat(PAGE)).toBe('text');
    expect(detectFormat('<x> y', 'thread.htm')).toBe('text');
    expect(looksLikeWebPage(PASTED)).toBe(false);
    expect(looksLikeWebPage(readFileSync('seeds/000_be01d75ba33c9c53.txt', 'utf8'))).toBe(false);
    // A chat log's "<nick> text" lines are not markup.
    const chat = '[12:01] <ann> hi all\n[12:02] <bob> ann: hello\n[12:03] <cy> <b>bold</b> claim\n';
    expect(looksLikeWebPage(chat)).toBe(false);
    expect(detectFormat(chat)).toBe('chat');
    // Even one without times, whose lines all open with a nick that looks like a tag.
    const nicks = Array.from({ length: 12 }, (_, k) => `<${['a', 'p', 'li', 'time'][k % 4]}-${k}> line ${k} <b>ok</b>`).join('\n');
    expect(looksLikeWebPage(nicks)).toBe(false);
    // Tables and mail archives whose comments hold markup stay what they are.
    const table = 'author,date,text\nann,2020-01-01,"<p>hi</p><p>there</p><ul><li>a</li><li>b</li></ul><br><br>"\n';
    expect(detectFormat(table)).toBe('csv');
    expect(detectFormat(readFileSync('test/fixtures/mbox/garden-club.mbox', 'utf8'))).toBe('mbox');
  });

  it('finds a reply quoting an earlier comment in a block quotation', () => {
    const page = `<!doctype html><html><head><title>River path &amp; the
 council</title></head><body><ol class="comment-list">
      <li class="comment"><b class="fn">Ann Lee</b> <span class="says">says:</span>
        <div class="comment-metadata"><time>March 3, 2021 at 9:15 am</time></div>
        <div class="comment-content"><p>The river path floods every spring, so the council should raise it before April.</p></div></li>
      <li class="comment"><b class="fn">Bob Stone</b> <span class="says">says:</span>
        <div class="comment-metadata"><time>March 3, 2021 at 10:02 am</time></div>
        <div class="comment-content"><blockquote><p>the council should raise it before April</p></blockquote><p>They said the same last year.</p></div></li>
      <li class="comment"><b class="fn">Cy Park</b> <span class="says">says:</span>
        <div class="comment-metadata"><time>March 3, 2021 at 11:40 am</time></div>
        <div class="comment-content"><p>Any news on the bridge?</p></div></li>
    </ol></body></html>`;
    const parsed = parseInput(page);
    expect(parsed.comments.map((c) => c.author)).toEqual(['Ann Lee', 'Bob Stone', 'Cy Park']);
    // No comments heading names the post, so the page's title is the thread's.
    expect(parsed.title).toBe('River path & the council');
    expect(parsed.comments[1]!.text).toBe('> the council should raise it before April\n\nThey said the same last year.');
    const { replies } = inferReplies(buildThread(parsed).thread);
    expect(replies.filter((r) => r.commentIndex === 2).map((r) => [r.target, r.signal])).toEqual([['ann-lee', 'quote']]);
  });

  it('says so when the page holds no comment', () => {
    const page = '<!DOCTYPE html><html><body><article><h1>Opening hours</h1><p>We open at nine.</p><p>We close at five.</p></article></body></html>';
    let error: unknown;
    try { parseInput(page, { fileName: 'hours.html' }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/no comments found in the web page/);
  });
});

describe('the text of an HTML page', () => {
  it('ends lines at blocks and line breaks, indents nested lists and marks block quotations', () => {
    const html = '<div><p>First  para\n graph.</p><p>Line one<br>line two</p>' +
      '<ol><li>Top item<ol><li>Nested item<ol><li>Deeper</li></ol></li></ol></li></ol>' +
      '<blockquote><p>Quoted</p><blockquote>Twice quoted</blockquote></blockquote><p>After</p></div>';
    expect(pageText(html)).toBe([
      'First para graph.', '', 'Line one', 'line two', '', 'Top item', '    Nested item', '        Deeper', '', '> Quoted', '', '> > Twice quoted', '', 'After',
    ].join('\n'));
  });

  it('decodes character references, leaves out scripts, styles and comments, and keeps text as text', () => {
    const html = '<p>Fish &amp; chips &ndash; &#8220;yes&#x201D; &hellip; &notanentity; caf&eacute;</p>' +
      '<script>document.write("<p>hidden</p>")</script><style>p { color: red }</style><!-- <p>old</p> -->' +
      '<p>&lt;b&gt;not bold&lt;/b&gt; <b>bold</b> <a href="#x">link</a></p><pre>keep\n  this</pre>';
    expect(pageText(html)).toBe('Fish & chips – “yes” … &notanentity; café\n\n<b>not bold</b> bold link\n\nkeep\n  this');
    // A capital letter's name is its capital; other names are read in any case.
    expect(pageText('<p>&Eacute;cole &AMP; &eacute;t&eacute;</p>')).toBe('École & été');
  });
});
