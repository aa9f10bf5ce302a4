import {
  firstViewChunkFiles,
  preconnectTags,
  preloadTags,
  type ChunkGroupView,
  type CompilationView,
} from '../../../../scripts/lib/first-view-preloads';

const ROOT = '/repo';
const chunk = (...files: string[]) => ({ files });
const group = (chunks: { files: string[] }[], origins: { request: string; from: string }[], initial = false): ChunkGroupView => ({
  chunks,
  origins: origins.map((o) => ({ request: o.request, module: { resource: `${ROOT}/${o.from}` } })),
  isInitial: () => initial,
});

const entry = group([chunk('js/runtime.js'), chunk('js/graph-client.js'), chunk('js/outlook-taskpane.js')], [], true);
const render = group(
  [chunk('js/react.js'), chunk('js/graph-client.js'), chunk('js/render.js', 'js/render.js.LICENSE.txt')],
  [{ request: './render-app.js', from: 'src/startup/start-app.ts' }],
);
const pane = group(
  [chunk('js/pane.js'), chunk('js/section.js')],
  [{ request: '../ui/outlook/OutlookPane.js', from: 'src/startup/lazy-parts.ts' }],
);
const form = group([chunk('js/form.js'), chunk('js/section.js')], [{ request: './IntakeForm.js', from: 'src/ui/outlook/AddToAgenda.tsx' }]);
const compilation: CompilationView = { chunkGroups: [entry, form, pane, render], entrypoints: new Map([['outlook-taskpane', entry]]) };

describe('firstViewChunkFiles', () => {
  it("lists the chunks of the first view's lazy imports in the targets' order, less the entry's own and all but scripts", () => {
    expect(firstViewChunkFiles(compilation, 'outlook-taskpane', ['src/startup/render-app', 'src/ui/outlook/OutlookPane'], ROOT)).toEqual([
      'js/react.js',
      'js/render.js',
      'js/pane.js',
      'js/section.js',
    ]);
  });

  it('leaves out what the view loads after its data (an import not named), and names nothing for an unknown target', () => {
    expect(firstViewChunkFiles(compilation, 'outlook-taskpane', ['src/ui/outlook/OutlookPane'], ROOT)).not.toContain('js/form.js');
    expect(firstViewChunkFiles(compilation, 'outlook-taskpane', ['src/ui/outlook/Nothing'], ROOT)).toEqual([]);
  });
});

describe('preloadTags', () => {
  it('is one preload link per script, relative to the page', () => {
    expect(preloadTags(['js/a b.js', 'js/c.js'])).toBe(
      '<link rel="preload" as="script" href="js/a%20b.js">\n<link rel="preload" as="script" href="js/c.js">',
    );
  });
});

describe('preconnectTags', () => {
  it('is one anonymous-CORS preconnect per origin, whatever path the configuration names', () => {
    expect(preconnectTags(['https://graph.microsoft.com/v1.0', 'https://res.cdn.office.net', 'https://graph.microsoft.com'])).toBe(
      '<link rel="preconnect" href="https://graph.microsoft.com" crossorigin>\n<link rel="preconnect" href="https://res.cdn.office.net" crossorigin>',
    );
  });

  it('is nothing for a page that connects nowhere first', () => {
    expect(preconnectTags([])).toBe('');
  });
});
