/**
 * `threadgraph ingest FILE`: parses a thread, infers replies, builds the graph and writes the
 * four CSV tables, graph.json, graph.gexf, graph.graphml and report.json (what was parsed and
 * skipped), with a summary on stderr.
 */
import { defaultSignals } from '../core/infer/default-signals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FORMATS, SIGNALS, type Format, type Signal } from '../core/types';
import { InputError } from '../core/errors';
import { ingest } from '../core/pipeline';
import { fileText } from '../core/parse/file-text';
import { buildGraph, filterReplies, type ThreadGraph } from '../core/graph/build';
import { countThreadActivity } from '../core/graph/metrics';
import { commentsCsv, edgesCsv, linksCsv, nodesCsv, repliesCsv } from '../core/export/tables';
import { toGexf } from '../core/export/gexf';
import { toGraphml } from '../core/export/graphml';
import { reportJson } from '../core/export/report';
import { toGraphJson } from '../core/export/json';
import { optionString, parseArgs, UsageError } from './args';
import { formatSummary } from './summary';
import { ScanThread, ScanThreadError, threadedScanner } from './scan-thread';
import { progressLine } from './progress';
import { userPath } from './user-path';

/** Inputs this long may hold enough comments for the scan thread to pay (see SCAN_THREAD_MIN_COMMENTS); it starts before parsing. */
const SCAN_THREAD_MIN_CHARS = 1_000_000;

export const DEFAULT_MIN_CONFIDENCE = 0.5;

export const INGEST_USAGE = `threadgraph ingest FILE [options]
  --format FORMAT           input format: auto (detect, the default), text, csv, json, mbox, chat, wxr or disqus
                            (an Excel .xlsx file is read as csv: its first sheet)
  --out DIR                 where to write the outputs (default: out/<file name>)
  --min-confidence X        leave out replies below X, 0..1 (default: ${DEFAULT_MIN_CONFIDENCE})
  --signals a,b,...         signals whose replies to keep (default: explicit,salutation,mention,quote,reference,
                            and adjacency too for chat logs; add adjacency for replies by position and time alone)
  --columns role=Header,... map CSV columns / JSON fields by hand (roles: author,time,text,id,parent)
  --date YYYY-MM-DD         date of the first line of a chat log that has only times
                            (default: a date in the file name, as in #chan.2005-08-08.log)`;

function readNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name} must be a number from 0 to 1, got "${value}".`);
  return n;
}

function readSignals(value: string | undefined): Signal[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!SIGNALS.includes(n as Signal)) throw new UsageError(`unknown signal "${n}"; use ${SIGNALS.join(', ')}.`);
  return names as Signal[];
}

function readColumns(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [role, header] = pair.split('=').map((s) => s?.trim());
    if (!role || !header || !['author', 'time', 'text', 'id', 'parent'].includes(role)) {
      throw new UsageError(`--columns takes role=Header pairs with roles author,time,text,id,parent; got "${pair}".`);
    }
    out[role] = header;
  }
  return out;
}

export function runIngest(argv: readonly string[]): number {
  const args = parseArgs(argv, ['format', 'out', 'min-confidence', 'signals', 'columns', 'date']);
  const file = args.positional[0];
  if (!file || args.positional.length > 1) throw new UsageError(`ingest takes exactly one FILE.\n${INGEST_USAGE}`);
  const format = optionString(args, 'format') ?? 'auto';
  if (format !== 'auto' && !FORMATS.includes(format as Format)) throw new UsageError(`unknown --format "${format}"; use auto, ${FORMATS.join(', ')}.`);
  const minConfidence = readNumber(optionString(args, 'min-confidence'), 'min-confidence', DEFAULT_MIN_CONFIDENCE);
  const signals = readSignals(optionString(args, 'signals'));
  const columns = readColumns(optionString(args, 'columns'));
  const chatDate = optionString(args, 'date');

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(userPath(file));
  } catch (e) {
    throw new InputError('EMPTY_INPUT', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}).`, { hint: 'Check the path and that the file is readable.' });
  }
  const { text: input, note: readNote } = fileText(bytes);
  // Inference keeps every reply; the filter then keeps the chosen signals' replies (by default
  // those of the thread's kind), exactly as the app's signal toggles do.
  const progress = progressLine(process.stderr, 'inferring replies', 'comments');
  const options = {
    format: format as Format | 'auto', fileName: file, signals: SIGNALS, onProgress: progress.update,
    ...(columns ? { columns } : {}), ...(chatDate ? { chatDate } : {}), ...(readNote ? { readNotes: [readNote] } : {}),
  };
  // Kept after inference, the helper thread also finds the graph's communities.
  const scanThread = input.length >= SCAN_THREAD_MIN_CHARS ? new ScanThread(undefined, true) : undefined;
  let result: ReturnType<typeof ingest>;
  let graph: ThreadGraph;
  let filter: { minConfidence: number; signals: readonly Signal[] };
  try {
    try {
      result = ingest(input, { ...options, scanner: threadedScanner(scanThread) });
    } catch (e) {
      if (!(e instanceof ScanThreadError)) throw e;
      // The helper thread is only a speed-up: without it the same result takes longer.
      process.stderr.write(`threadgraph: ${e.message} Inferring in one thread instead.\n`);
      scanThread?.close();
      result = ingest(input, options);
    }
    progress.say('building the graph and writing the files', result.thread.comments.length);
    filter = { minConfidence, signals: signals ?? defaultSignals(result.thread.format) };
    const wordCounts = scanThread?.wordCounts();
    if (wordCounts) countThreadActivity(result.thread, wordCounts);
    const communities = scanThread?.communityFinder();
    graph = buildGraph(result.thread, result.replies, communities ? { ...filter, communities } : filter);
  } finally {
    scanThread?.close();
  }
  const kept = filterReplies(result.replies, filter);

  const outDir = optionString(args, 'out') ?? join('out', basename(file).replace(/\.[^.]+$/, ''));
  const outPath = userPath(outDir);
  mkdirSync(outPath, { recursive: true });
  writeFileSync(join(outPath, 'comments.csv'), commentsCsv(result.thread));
  writeFileSync(join(outPath, 'replies.csv'), repliesCsv(result.thread, kept));
  writeFileSync(join(outPath, 'links.csv'), linksCsv(result.thread, result.links, minConfidence));
  writeFileSync(join(outPath, 'nodes.csv'), nodesCsv(graph));
  writeFileSync(join(outPath, 'edges.csv'), edgesCsv(graph));
  writeFileSync(join(outPath, 'graph.json'), toGraphJson(graph));
  writeFileSync(join(outPath, 'graph.gexf'), toGexf(graph, { title: result.thread.title ?? basename(file) }));
  writeFileSync(join(outPath, 'graph.graphml'), toGraphml(graph, { title: result.thread.title ?? basename(file) }));
  writeFileSync(join(outPath, 'report.json'), reportJson(result.report, kept, { source: basename(file), minConfidence, signals: filter.signals }));
  progress.finish();
  process.stderr.write(formatSummary(file, result.report, kept, result.replies, minConfidence, outDir) + '\n');
  return 0;
}
