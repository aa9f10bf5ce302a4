/** Reads a JSON array note leniently: anything unreadable is an empty list (the column is written by us, but kept by SharePoint). */
export function jsonArray(text: string): unknown[] {
  if (text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const stringOr = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
