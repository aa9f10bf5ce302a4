/**
 * Content hashes for what the app freezes or sends (an agenda, a minutes version): the value as canonical JSON —
 * object keys sorted at every level, so the same content always gives the same bytes — digested with SHA-256.
 * The digest is given by the caller, so the domain stays free of platform crypto.
 */

export type Digest = (bytes: Uint8Array) => Promise<ArrayBuffer | Uint8Array>;

export function canonicalJson(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(canonical(value));
}

/** The hex digest of the value's canonical JSON. */
export async function contentHash(value: unknown, digest: Digest): Promise<string> {
  const bytes = new Uint8Array(await digest(new TextEncoder().encode(canonicalJson(value))));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
