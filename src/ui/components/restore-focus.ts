/**
 * Marks a button that opens a dialog or menu as where focus goes back when it closes: the attribute Fluent's
 * `useRestoreFocusTarget()` returns, without that hook's side effect — it creates Fluent's focus manager (Tabster,
 * ~40 KB) while the home first renders, although only the dialogs and menus these buttons open use it. The manager and
 * its focus restorer are created after the first view's data instead (`FocusRestorer`, loaded with the header's late
 * Fluent parts), and from then on they note each marked button that takes focus, and give focus back to it when what
 * it opened closes. tests/unit/ui/components/restore-focus.test.tsx holds it to Fluent's own attribute.
 */
export const restoreFocusTarget = { 'data-tabster': '{"restorer":{"type":1}}' } as const;
