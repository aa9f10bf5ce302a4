import { useRestoreFocusTarget } from '@fluentui/react-components';

/**
 * Creates Fluent's focus manager with its focus restorer, the way Fluent's own hook does, and renders nothing: mounted
 * once the first view's data is on screen (the header's late Fluent parts), so the buttons marked `restoreFocusTarget`
 * get focus back from the dialogs they open without the manager in the first load (restore-focus.ts).
 */
export function FocusRestorer(): null {
  useRestoreFocusTarget();
  return null;
}
