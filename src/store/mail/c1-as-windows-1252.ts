/**
 * Node's TextDecoder (20.x–23.x) decodes the "windows-1252" label as ISO-8859-1, so the bytes 0x80–0x9F of an
 * Outlook mail ("–", "“", "”", "€", "•") come out of postal-mime as C1 control characters. The WHATWG Encoding
 * standard (which browsers follow) maps those labels to windows-1252, and C1 controls never occur in real
 * text, so they are mapped here. A no-op in browsers.
 */
const WINDOWS_1252_C1: readonly (string | undefined)[] = [
  '€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined,
  undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ',
];

export function c1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? '');
}
