import { lazy } from 'react';

/**
 * The read pane's form, loaded after the pane has said whether the open mail is on an agenda: it brings the mail's
 * parse (html-to-text, ~120 KB) and the form's Fluent controls, which need not delay that answer. Its own module so
 * unit tests can swap it for the eager component (jest's VM has no dynamic import).
 */
export const IntakeForm = lazy(() => import('./IntakeForm.js').then((m) => ({ default: m.IntakeForm })));
