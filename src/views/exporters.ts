/**
 * A small registry through which views offer picture exports (the network and the timeline as PNG and SVG)
 * to the export menu without the menu knowing how they are drawn.
 */

export type PictureExporter = () => Promise<Blob>;

/** The picture exports: network and timeline, each as PNG and SVG. */
export type PictureKind = 'network-png' | 'network-svg' | 'timeline-png' | 'timeline-svg';

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
