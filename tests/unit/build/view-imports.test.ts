import { join } from 'node:path';
import { staticChunk } from '../../support/static-imports';

/**
 * The first views' imports (startup/views.ts) are in React's and the app's chunk (startup/render-app.tsx), which hands
 * them to the entries — not in the entries themselves. Webpack then loads each view as a child of that chunk and leaves
 * out of the view's chunks what the app already brought; imported from an entry, each view was a sibling of the app
 * and the first load carried copies of the skeleton, error descriptions and Fluent's provider and text (issue 17: the
 * task pane's first load 35 → 25 files, 746 → 723 KB raw).
 */
const SRC = join(__dirname, '..', '..', '..', 'src');
const VIEWS = join(SRC, 'startup', 'views.ts');
const ENTRIES = ['outlook/taskpane.tsx', 'teams/tab.tsx', 'teams/config.tsx', 'web/index.tsx'];

describe("the first views' imports", () => {
  it.each(ENTRIES)('are not in the chunk of the entry %s', (entry) => {
    const chunk = staticChunk([join(SRC, entry)]);
    expect(chunk.size).toBeGreaterThan(5);
    expect(chunk.has(VIEWS)).toBe(false);
  });

  it('are in the chunk of render-app.tsx, which the entries load', () => {
    expect(staticChunk([join(SRC, 'startup', 'render-app.tsx')]).has(VIEWS)).toBe(true);
  });
});
