import type { Route } from '../http/types';
import { attachmentRoutes } from './attachment-routes';
import { deltaRoutes } from './delta-routes';
import { folderRoutes } from './folder-routes';
import { messageRoutes } from './message-routes';
import { sendRoutes } from './send-routes';

/** Mail routes of the emulated Graph: folders, messages, attachments, delta, sendMail and replies. */
export const mailRoutes: Route[] = [...deltaRoutes, ...sendRoutes, ...attachmentRoutes, ...folderRoutes, ...messageRoutes];
