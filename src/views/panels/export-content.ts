/**
 * The text exports of the loaded thread under the current filters: the four CSV tables, GEXF,
 * GraphML, graph JSON and the report (what was parsed and skipped), made by the same core functions as the CLI over the visible replies and
 * graph, so the same filters give the same columns and content.
 */
import { commentsCsv, edgesCsv, nodesCsv, repliesCsv } from '../../core/export/tables';
import { toGexf } from '../../core/export/gexf';
import { toGraphml } from '../../core/export/graphml';
import { toGraphJson } from '../../core/export/json';
import { reportJson } from '../../core/export/report';
import { visibleGraph, visibleReplies } from '../../store/derived';
import type { AppState } from '../../store/state';
import type { ExportKind } from './export-names';
import type { PictureKind } from '../exporters';

export type TextExportKind = Exclude<ExportKind, PictureKind>;

export interface TextExport {
  text: string;
  mime: string;
}

/** The content of a text export, or null when no thread is loaded. */
export function textExport(kind: TextExportKind, state: AppState): TextExport | null {
  const data = state.data;
  if (!data) return null;
  const csv = 'text/csv;charset=utf-8';
  if (kind === 'comments-csv') return { text: commentsCsv(data.thread), mime: csv };
  if (kind === 'replies-csv') return { text: repliesCsv(data.thread, visibleReplies(state)), mime: csv };
  if (kind === 'report-json') {
    const meta = { source: state.source?.label ?? 'thread', minConfidence: state.view.minConfidence, signals: state.view.signals };
    return { text: reportJson(data.report, visibleReplies(state), meta), mime: 'application/json;charset=utf-8' };
  }
  const graph = visibleGraph(state);
  if (!graph) return null;
  switch (kind) {
    case 'nodes-csv': return { text: nodesCsv(graph), mime: csv };
    case 'edges-csv': return { text: edgesCsv(graph), mime: csv };
    case 'gexf': return { text: toGexf(graph, { title: data.thread.title ?? state.source?.label ?? 'thread' }), mime: 'application/gexf+xml;charset=utf-8' };
    case 'graphml': return { text: toGraphml(graph, { title: data.thread.title ?? state.source?.label ?? 'thread' }), mime: 'application/graphml+xml;charset=utf-8' };
    case 'graph-json': return { text: toGraphJson(graph), mime: 'application/json;charset=utf-8' };
  }
}
