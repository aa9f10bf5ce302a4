import type { Route } from '../http/types';
import { eventRoutes } from './event-routes';
import { schedulingRoutes } from './scheduling-routes';

/** Calendar routes of the emulated Graph: group and user events, calendarView, findMeetingTimes, getSchedule. */
export const calendarRoutes: Route[] = [...schedulingRoutes, ...eventRoutes];
