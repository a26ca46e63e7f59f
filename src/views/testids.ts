/**
 * The data-testid values of the page, shared by the views and the browser tests so a renamed
 * element breaks a test rather than silently escaping it.
 */
export const TID = {
  summary: 'summary',
  status: 'status',
  progress: 'progress',
  error: 'load-error',
  // loading a thread
  fileInput: 'file-input',
  dropZone: 'drop-zone',
  pasteButton: 'paste-button',
  pasteArea: 'paste-area',
  pasteSubmit: 'paste-submit',
  pasteFormat: 'paste-format',
  readAgain: 'read-again',
  readDialog: 'read-dialog',
  readFormat: 'read-format',
  readColumn: (field: string) => `read-column-${field}`,
  readSubmit: 'read-submit',
  sampleSelect: 'sample-select',
  shortcutsButton: 'shortcuts-button',
  shortcutsDialog: 'shortcuts-dialog',
  // controls
  confidence: 'confidence-slider',
  confidenceValue: 'confidence-value',
  signalToggle: (signal: string) => `signal-${signal}`,
  sizeBy: 'size-by',
  colorBy: 'color-by',
  search: 'search',
  clearWindow: 'clear-window',
  topic: 'topic-select',
  // report
  report: 'report',
  // network
  network: 'network',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
  fit: 'zoom-fit',
  layoutToggle: 'layout-toggle',
  legend: 'legend',
  // timeline
  timeline: 'timeline',
  timelineMark: 'timeline-mark',
  timelineTooltip: 'timeline-tooltip',
  // details (text) panel
  details: 'details',
  detailsTitle: 'details-title',
  commentCard: 'comment-card',
  evidence: 'evidence',
  replyLine: 'reply-line',
  // exports
  exportButton: (what: string) => `export-${what}`,
} as const;
