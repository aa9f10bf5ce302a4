import type { GraphResponse } from './graph-types';

/**
 * Whether an upload session's answer is the finished drive item (200 or 201), not 202 with the ranges still expected.
 * Its own file: upload-session.ts goes with the client into every first load, this only with the uploads.
 */
export const uploadFinished = (answer: GraphResponse): boolean => answer.status === 200 || answer.status === 201;
