/**
 * A small registry through which views offer picture exports (the network and timeline PNGs)
 * to the export menu without the menu knowing how they are drawn.
 */

export type PictureExporter = () => Promise<Blob>;

const exporters = new Map<string, PictureExporter>();

export function registerExporter(name: 'network-png' | 'timeline-png', exporter: PictureExporter): () => void {
  exporters.set(name, exporter);
  return () => {
    if (exporters.get(name) === exporter) exporters.delete(name);
  };
}

export function getExporter(name: 'network-png' | 'timeline-png'): PictureExporter | undefined {
  return exporters.get(name);
}
