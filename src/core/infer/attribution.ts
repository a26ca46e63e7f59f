/**
 * Who is being quoted? Reads the words right before a quotation ("Smith :", "You say :",
 * "in Ann's words:", "according to X") and attribution lines of mail and chat
 * ("On Mon, 1 Nov 2010, Joe Bloggs wrote:", "Jane Doe said:"), and resolves the name.
 */
import { tokenize } from '../names/fold';
import { aliasEntries, type AliasIndex } from '../names/aliases';
import { isOrdinaryWord } from '../names/ordinary-words';

const PRONOUNS = new Set(['you', 'he', 'she', 'they', 'i', 'we', 'someone', 'somebody', 'everyone', 'it', 'this', 'that', 'who']);
const SPEECH_END = /(?:[:：]|\b(?:said|says|say|wrote|writes|write|asked|asks|put it|words|stated|states|claimed|claims|according to))\s*[:,]?\s*$/i;
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}/gu;
const ATTRIBUTION_LINE = /^[ \t]*(?:on\b[^\n]{0,160}?,[ \t]*)?([^\n<>]{2,60}?)[ \t]*(?:<[^>\n]*>[ \t]*)?(?:\([^)\n]*\)[ \t]*)?(?:wrote|writes|said|says|a écrit|schrieb)[ \t]*:[ \t]*$/gim;

export type Attribution = { kind: 'participant'; participantId: string } | { kind: 'outsider'; name: string };

/** Resolves a written name to a participant by its tokens: the whole name, else its last or first word. */
export function lookupName(name: string, aliases: AliasIndex): string | undefined {
  const norms = tokenize(name).map((t) => t.norm);
  const tries = [norms.join(' '), norms[norms.length - 1] ?? '', norms[0] ?? ''];
  for (const key of tries) {
    const entries = key ? aliasEntries(aliases, key) : undefined;
    if (entries && entries.length === 1) return entries[0]!.participantId;
  }
  return undefined;
}

/** The text a quotation is introduced by: same line, or the nearest earlier line that is not itself a quotation. */
function introText(text: string, quoteStart: number): string {
  let end = quoteStart - 1; // position of the opening mark
  for (let guard = 0; guard < 4; guard++) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const before = text.slice(lineStart, end).replace(/["“”«»„\s]+$/u, '');
    if (before.trim() !== '' && !/^\s*["“”«„>]/.test(before)) return before;
    if (lineStart === 0) return '';
    end = lineStart - 1;
  }
  return '';
}

/** Who the words at `quoteStart` are attributed to, if the text says so. */
export function attributionBefore(text: string, quoteStart: number, aliases: AliasIndex): Attribution | undefined {
  const intro = introText(text, quoteStart).slice(-100);
  if (!SPEECH_END.test(intro) && !/according to/i.test(intro)) return undefined;
  // The last capitalised run that is not just ordinary words ("Again:", "Note:") or a pronoun.
  const names = [...intro.matchAll(NAME_RUN)].map((m) => m[0].replace(/['’]s$/, ''));
  const name = names[names.length - 1];
  if (!name) return undefined;
  const words = tokenize(name).map((t) => t.norm);
  if (words.length === 0 || PRONOUNS.has(words[0]!)) return undefined;
  if (words.every((w) => isOrdinaryWord(w))) return undefined;
  const id = lookupName(name, aliases);
  return id ? { kind: 'participant', participantId: id } : { kind: 'outsider', name };
}

export interface AttributionLine {
  name: string;
  start: number;
  end: number;
}

/** "On DATE, NAME wrote:" and "NAME said:" lines outside "> " quotes. */
const SPEECH_VERB = /wrote|writes|said|says|a écrit|schrieb/i;

export function attributionLines(text: string): AttributionLine[] {
  const out: AttributionLine[] = [];
  if (text.indexOf(':') < 0 || !SPEECH_VERB.test(text)) return out;
  ATTRIBUTION_LINE.lastIndex = 0;
  for (let m = ATTRIBUTION_LINE.exec(text); m; m = ATTRIBUTION_LINE.exec(text)) {
    const line = m[0];
    if (/^[ \t]*>/.test(line)) continue;
    // "On Sun, Nov 14, 2010 at 07:04PM -0800, Joe Bloggs wrote:": the name follows the last comma.
    const name = m[1]!.split(',').pop()!.replace(/^["'“]+|["'”]+$/g, '').trim();
    if (!name || /[.!?]$/.test(name) || name.split(/\s+/).length > 6) continue;
    const lead = line.length - line.trimStart().length;
    out.push({ name, start: m.index + lead, end: m.index + line.trimEnd().length });
  }
  return out;
}
