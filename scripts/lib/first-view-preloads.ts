/**
 * The first view's code, asked for by the page itself (issue 17 pt 1). A page's entry holds only what paints the
 * app; the view the host opens on (the task pane's answer about the open mail, the Teams tab's role view) sits behind
 * lazy imports that nest — the pane, then its item view, then the store it reads with. Loaded as the code runs, each
 * level waited for the one before it: five sequential fetches before the first data request. With these
 * `<link rel="preload">`s the browser fetches every chunk of those imports while it fetches the entry, and each
 * `import()` then finds its chunk already there.
 *
 * Only the chunks of the named imports are preloaded — not what the view loads after its data (the intake form, the
 * meeting dialog) — so the bytes fetched before the data shows do not grow.
 */
import { dirname, relative, resolve } from 'node:path';

/** The parts of webpack's compilation this reads (webpack's own types are not exported for the HTML template). */
export interface CompilationView {
  readonly chunkGroups: Iterable<ChunkGroupView>;
  readonly entrypoints: ReadonlyMap<string, ChunkGroupView>;
}
export interface ChunkGroupView {
  readonly chunks: readonly { readonly files: Iterable<string> }[];
  readonly origins: readonly { readonly request?: string; readonly module?: { readonly resource?: string } | null }[];
  isInitial(): boolean;
}

const withoutExtension = (file: string): string => file.replace(/\.(tsx?|jsx?)$/, '');

/**
 * The files of every chunk the lazy imports of `targets` (source paths without extension, relative to `root`, e.g.
 * `src/ui/outlook/OutlookPane`) load, less those the entry loads anyway, in the targets' order.
 */
export function firstViewChunkFiles(compilation: CompilationView, entry: string, targets: readonly string[], root: string): string[] {
  const initial = new Set([...(compilation.entrypoints.get(entry)?.chunks ?? [])].flatMap((c) => [...c.files]));
  const importedBy = (group: ChunkGroupView): string[] =>
    group.origins.flatMap((o) => {
      const from = o.module?.resource;
      return from && o.request
        ? [
            withoutExtension(relative(root, resolve(dirname(from), o.request)))
              .split('\\')
              .join('/'),
          ]
        : [];
    });
  const groups = [...compilation.chunkGroups].filter((g) => !g.isInitial());
  const files = new Set<string>();
  // In the targets' order: the browser starts the first ones first when it limits its connections.
  for (const target of targets) {
    for (const group of groups.filter((g) => importedBy(g).includes(target))) {
      for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js') && !initial.has(file)) files.add(file);
    }
  }
  return [...files];
}

/** `<link rel="preload">` tags for the files, with the page's public path (none: files are relative to the page). */
export function preloadTags(files: readonly string[]): string {
  return files.map((f) => `<link rel="preload" as="script" href="${encodeURI(f)}">`).join('\n');
}

/**
 * `<link rel="preconnect">` for the origins a page's first requests go to — Graph for the home's data, Microsoft's
 * Office CDN for TeamsJS's list of valid hosts — so the DNS look-up, TCP and TLS to them happen while the scripts
 * arrive, not in front of the first request. `crossorigin`: those requests are CORS fetches without credentials, which
 * use connections of their own.
 */
export function preconnectTags(origins: readonly string[]): string {
  return [...new Set(origins.map((o) => new URL(o).origin))]
    .map((origin) => `<link rel="preconnect" href="${origin}" crossorigin>`)
    .join('\n');
}
