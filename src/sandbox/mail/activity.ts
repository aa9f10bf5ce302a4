import type { Route } from '../http/types';

// Placeholder written by the sandbox core so the server compiles; the mail helper owns and replaces this file.
export const activityRoutes: Route[] = [];
