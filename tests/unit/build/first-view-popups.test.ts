import { join, relative } from 'node:path';
import { staticChunk, staticImports } from '../../support/static-imports';

/**
 * The secretariat's home — the Teams tab's first view — carries no code for what shows only when the person acts
 * (issue 17 pt 1): Fluent's Dialog, Menu's popover, Combobox and Dropdown, the form fields. Its modules and everything
 * they import statically, up to the next dynamic import (a lazy boundary: lazy-view.tsx), import none of them from
 * Fluent; the dialogs and menus load on opening (CreateActionButton.tsx, YearTimeline.tsx's MeetingActionsMenu).
 */
const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

/** The first view's parts, as startup/view-loaders.ts loads them for the secretariat (its home and the follow-up section). */
const FIRST_VIEW = ['ui/views/secretariat/SecretariatHome.tsx', 'ui/views/actions/ActionsSection.tsx'];

/** Fluent components that open over the page or take input: a MenuButton is a button (react-button), its Menu is not. */
const NOT_AT_FIRST =
  /^(Dialog\w*|Menu(?!Button\b)\w*|Combobox|Dropdown|Option|OptionGroup|Listbox|Input|Textarea|Field|Popover\w*|Drawer\w*|OverlayDrawer|InlineDrawer|DatePicker|TimePicker|SpinButton)$/;

/** What the chunk of `entries` imports from Fluent's components, by the module that imports it. */
function fluentImports(entries: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  staticChunk(
    entries.map((e) => join(SRC, e)),
    (file, text) => {
      for (const { names, from } of staticImports(text))
        if (from === '@fluentui/react-components')
          found.set(
            relative(SRC, file),
            [...names.matchAll(/(?<!type )\b([A-Z]\w*)\b/g)].map((n) => n[1] ?? ''),
          );
    },
  );
  return found;
}

describe("the secretariat home's first load", () => {
  const imports = fluentImports(FIRST_VIEW);

  it('walks the home, its sections and the follow-up section', () => {
    expect([...imports.keys()]).toEqual(
      expect.arrayContaining(['ui/views/secretariat/year/YearTimeline.tsx', 'ui/views/actions/ActionsSection.tsx']),
    );
  });

  it('imports no dialog, menu popover, combobox, dropdown or form field from Fluent', () => {
    const popups = [...imports].flatMap(([file, names]) => names.filter((n) => NOT_AT_FIRST.test(n)).map((n) => `${file}: ${n}`));
    expect(popups).toEqual([]);
  });
});
