/**
 * Saves bytes as a file through the browser (the Teams tab and the web app alike): an object URL on a link with
 * `download`, clicked once, revoked after the browser has taken it.
 */
export function saveFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
