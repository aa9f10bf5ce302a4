import { calendarRoutes } from './calendar/routes';
import { coreControlRoutes } from './control/routes';
import type { CoreControlDeps } from './control/routes';
import { directoryRoutes } from './directory/routes';
import { driveRoutes } from './drive/routes';
import { uploadSessionRoutes } from './drive/upload-sessions';
import type { ControlRoute, Route } from './http/types';
import { activityRoutes } from './mail/activity';
import { mailControlRoutes } from './mail/control';
import { mailRoutes } from './mail/routes';
import { onlineMeetingControlRoutes } from './meetings/control';
import { onlineMeetingRoutes } from './meetings/routes';
import { listItemRoutes } from './sites/list-items';
import { listRoutes } from './sites/lists';

/** Every emulated Graph route, below `/v1.0`. */
export const graphRoutes: readonly Route[] = [
  ...directoryRoutes,
  ...listRoutes,
  ...listItemRoutes,
  ...driveRoutes,
  ...uploadSessionRoutes,
  ...calendarRoutes,
  ...mailRoutes,
  ...activityRoutes,
  ...onlineMeetingRoutes,
];

/** Every control route, below `/_sandbox`. */
export function controlRoutes(deps: CoreControlDeps): ControlRoute[] {
  return [...coreControlRoutes(deps), ...mailControlRoutes, ...onlineMeetingControlRoutes];
}
