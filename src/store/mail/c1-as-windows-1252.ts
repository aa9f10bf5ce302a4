/**
 * Node's TextDecoder (20.18.3+ and 22.13.0+, nodejs/node#60888) decodes the "windows-1252" label as ISO-8859-1, so
 * the bytes 0x80–0x9F of an Outlook mail ("–", "“", "”", "€", "•") come out of postal-mime as C1 control characters.
 * The WHATWG Encoding standard (which browsers follow) maps those labels to windows-1252, and C1 controls never occur
 * in real text, so they are decoded again here. A no-op in browsers.
 */

// `stream: true` skips the Latin-1 shortcut Node takes for a whole buffer and goes through ICU, which decodes
// windows-1252 as the standard says; a single-byte encoding keeps no state between calls.
const windows1252 = new TextDecoder('windows-1252');
const C1 = /[\u0080-\u009f]+/g;

export function c1AsWindows1252(text: string): string {
  // The five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to themselves: dropped.
  return text.replace(C1, (run) =>
    windows1252
      .decode(
        Uint8Array.from(run, (c) => c.charCodeAt(0)),
        { stream: true },
      )
      .replace(C1, ''),
  );
}
