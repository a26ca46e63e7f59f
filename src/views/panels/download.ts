/**
 * Saves a Blob as a file: an object URL on a temporary <a download>, clicked, removed, and the
 * URL revoked shortly after (some browsers read it asynchronously after the click).
 */

export const REVOKE_AFTER_MS = 10_000;

/** Starts the download; returns a function that revokes the URL now (for dispose). */
export function downloadBlob(doc: Document, blob: Blob, fileName: string, onRevoked?: () => void): () => void {
  const win = doc.defaultView ?? window;
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  let revoked = false;
  const revoke = () => {
    if (revoked) return;
    revoked = true;
    win.clearTimeout(timer);
    URL.revokeObjectURL(url);
    onRevoked?.();
  };
  const timer = win.setTimeout(revoke, REVOKE_AFTER_MS);
  return revoke;
}
