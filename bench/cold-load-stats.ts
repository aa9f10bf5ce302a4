/**
 * The arithmetic of the cold-load comparison (bench/cold-loads.ts), kept apart from the browser so it is unit-tested:
 * medians, ratios, and which scripts a page had fetched by the moment its data was visible.
 */

/** One PerformanceResourceTiming entry, as much of it as the count needs (times in ms since the page's time origin). */
export interface ResourceEntry {
  readonly name: string;
  readonly initiatorType: string;
  readonly responseEnd: number;
  /** The body's size as served, before any content decoding; our static server sends it uncompressed. */
  readonly decodedBodySize: number;
}

export interface ScriptFile {
  /** Path on the page's own origin, e.g. "/js/react.86db0351.js". */
  readonly file: string;
  readonly bytes: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** value / baseline to two decimals, as the README and the targets read ("1.5×"). */
export function ratio(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`ratio against a baseline of ${baseline}`);
  return Math.round((value / baseline) * 100) / 100;
}

/** A script, whether a script element fetched it or the page's `<link rel="preload" as="script">` did, ahead of one. */
const isScript = (e: ResourceEntry): boolean =>
  e.initiatorType === 'script' || (e.initiatorType === 'link' && new URL(e.name).pathname.endsWith('.js'));

/**
 * The scripts served from `origin` whose response had completed by `readyMs`, largest first, each once (a preloaded
 * script is counted where it was fetched). Scripts from elsewhere (office.js, stubbed identically for both pages) do
 * not count: they are the host's, not the add-in's.
 */
export function scriptsBefore(entries: readonly ResourceEntry[], readyMs: number, origin: string): ScriptFile[] {
  const files = new Map<string, number>();
  for (const e of entries) {
    if (!isScript(e) || e.responseEnd > readyMs || !e.name.startsWith(`${origin}/`)) continue;
    const file = new URL(e.name).pathname;
    files.set(file, Math.max(files.get(file) ?? 0, e.decodedBodySize));
  }
  return [...files].map(([file, bytes]) => ({ file, bytes })).sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
}

export const totalBytes = (files: readonly ScriptFile[]): number => files.reduce((sum, f) => sum + f.bytes, 0);

/** One cold load of one page. */
export interface ColdLoad {
  readonly fcpMs: number;
  readonly readyMs: number;
  readonly scriptBytes: number;
  readonly scripts: readonly ScriptFile[];
}

export interface ColdLoadMedians {
  readonly runs: number;
  readonly firstContentfulPaintMs: number;
  readonly dataVisibleMs: number;
  readonly scriptBytesBeforeDataVisible: number;
  /** The scripts fetched before the data was visible in the run whose time was the median's. */
  readonly scriptsInMedianRun: readonly ScriptFile[];
}

export function mediansOf(loads: readonly ColdLoad[]): ColdLoadMedians {
  const ready = median(loads.map((l) => l.readyMs));
  const closest = [...loads].sort((a, b) => Math.abs(a.readyMs - ready) - Math.abs(b.readyMs - ready))[0];
  return {
    runs: loads.length,
    firstContentfulPaintMs: Math.round(median(loads.map((l) => l.fcpMs))),
    dataVisibleMs: Math.round(ready),
    scriptBytesBeforeDataVisible: Math.round(median(loads.map((l) => l.scriptBytes))),
    scriptsInMedianRun: closest?.scripts ?? [],
  };
}

/** Ours against the template (or any baseline), with the limits on each ratio. */
export interface Comparison {
  readonly ratios: { readonly firstContentfulPaint: number; readonly dataVisible: number; readonly scriptBytes: number };
  readonly limits: { readonly firstContentfulPaint: number; readonly dataVisible: number; readonly scriptBytes: number };
  readonly meetsTargets: boolean;
}

export function compare(ours: ColdLoadMedians, baseline: ColdLoadMedians, limits: Comparison['limits']): Comparison {
  const ratios = {
    firstContentfulPaint: ratio(ours.firstContentfulPaintMs, baseline.firstContentfulPaintMs),
    dataVisible: ratio(ours.dataVisibleMs, baseline.dataVisibleMs),
    scriptBytes: ratio(ours.scriptBytesBeforeDataVisible, baseline.scriptBytesBeforeDataVisible),
  };
  const meetsTargets =
    ratios.firstContentfulPaint <= limits.firstContentfulPaint &&
    ratios.dataVisible <= limits.dataVisible &&
    ratios.scriptBytes <= limits.scriptBytes;
  return { ratios, limits, meetsTargets };
}
