/**
 * Saves a file through the browser (the Teams tab and the web app alike): an object URL on a link with `download`,
 * clicked once, revoked after the browser has taken it. Text is written as UTF-8.
 */
export function saveFile(content: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
