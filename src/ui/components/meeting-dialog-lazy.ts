import { lazy } from 'react';

// The meeting dialog's sections that load when a meeting is opened, not with the first paint: the secretariat's
// agenda actions (and their strings), and the minutes' versions, the co-chairs' answers and circulation. A module of
// their own so unit tests (where jest does not follow a dynamic import) can give the dialog the same components eagerly.
export const AgendaActions = lazy(() => import('./AgendaActions.js').then((m) => ({ default: m.AgendaActions })));
export const MinutesStatus = lazy(() => import('../views/minutes/MinutesStatus.js').then((m) => ({ default: m.MinutesStatus })));
