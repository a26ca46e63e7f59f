/**
 * A small registry through which views offer picture exports (the network as PNG and SVG, the timeline PNG)
 * to the export menu without the menu knowing how they are drawn.
 */

export type PictureExporter = () => Promise<Blob>;

/** The picture exports: network PNG and SVG, timeline PNG. */
export type PictureKind = 'network-png' | 'network-svg' | 'timeline-png';

const exporters = new Map<string, PictureExporter>();

export function registerExporter(name: PictureKind, exporter: PictureExporter): () => void {
  exporters.set(name, exporter);
  return () => {
    if (exporters.get(name) === exporter) exporters.delete(name);
  };
}

export function getExporter(name: PictureKind): PictureExporter | undefined {
  return exporters.get(name);
}
