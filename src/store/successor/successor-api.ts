import type { ActionItem, Forum, ForumMember, ForumRef, Submission } from '../../domain/types';

/**
 * Ending a forum and handing its work to a successor (issue 20 pt 5; src/store/successor/successor-store.ts, loaded
 * with the view that ends a forum). The views see this interface only.
 */

/** The successor as the secretariat picks it among its forums. */
export interface SuccessorRef extends ForumRef {
  readonly name: string;
}

/** What would be handed over, read afresh: shown before the secretariat confirms. */
export interface HandoverPreview {
  readonly actions: readonly ActionItem[];
  readonly backlog: readonly Submission[];
  /** The members who may continue (not the secretariat), by name. */
  readonly members: readonly ForumMember[];
}

export interface HandoverRequest {
  readonly from: Forum;
  readonly to: SuccessorRef;
  /** Addresses of the members who continue in the successor. */
  readonly continuing: readonly string[];
  /** Who ends the forum (their name, as the app knows them). */
  readonly by: string;
}

export interface HandoverReport {
  readonly actions: number;
  readonly backlog: number;
  readonly members: number;
  /** The successor's meeting whose agenda lists what came over, and the item; absent when it has no meeting ahead. */
  readonly firstMeeting?: { readonly meetingId: string; readonly title: string; readonly start: string; readonly itemId: string };
  /** True when the successor had no settings and took the old forum's (its standing items and deadlines). */
  readonly settingsCopied: boolean;
}

export interface SuccessorApi {
  preview(from: Forum): Promise<HandoverPreview>;
  handOver(request: HandoverRequest): Promise<HandoverReport>;
}

/** The forum was already ended with another successor: nothing was written. */
export class AlreadyEndedError extends Error {
  constructor(readonly successorName: string) {
    super(`The forum was already ended; its work went to ${successorName}`);
    this.name = 'AlreadyEndedError';
  }
}

/**
 * The forum's Forum item (its settings) was last changed by someone other than the secretariat: recording the end
 * there would make those settings look like the secretariat's, and they would be copied to the successor. Nothing
 * was written; the secretariat looks at the settings and saves them first.
 */
export class ForumItemChangedError extends Error {
  constructor(readonly by: string) {
    super(`The forum's settings were last changed by ${by || 'someone else'}, not by the secretariat`);
    this.name = 'ForumItemChangedError';
  }
}

/** The forum has no Forum item to record its end on (a forum never set up): nothing was written. */
export class NoForumItemError extends Error {
  constructor() {
    super('The forum has no Forum item to record its end on');
    this.name = 'NoForumItemError';
  }
}
