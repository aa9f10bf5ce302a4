import type { PublicRecordKind } from '../../domain/public-record/public-record';
import type { Forum, Meeting } from '../../domain/types';

/** One published file in the forum's "Offentliggørelse" folder. */
export interface PublishedFile {
  readonly name: string;
  readonly webUrl: string;
}

export interface PublishResult {
  /**
   * 'published': written now; 'unchanged': the same record was published before, nothing written; 'not-approved': the
   * minutes are not approved by the chairs, nothing written; 'already-published': decisions were published from
   * other approved minutes, and a published decision is never overwritten.
   */
  readonly outcome: 'published' | 'unchanged' | 'not-approved' | 'already-published';
  readonly kind: PublicRecordKind;
  /** The page, its PDF and its Word source, when there are any. */
  readonly files: readonly PublishedFile[];
  /** How many items were withheld as closed. */
  readonly closedItems: number;
}

export interface PublicationStatus {
  readonly agenda?: PublishedFile;
  readonly decisions?: PublishedFile;
  /** Whether the chairs have approved minutes the decisions can be published from. */
  readonly decisionsReady: boolean;
}

/** The meeting dialog's publication (issue 20 pt 3); written by the secretariat, who owns the folder. */
export interface PublicationApi {
  status(forum: Forum, meeting: Pick<Meeting, 'id' | 'start' | 'title'>): Promise<PublicationStatus>;
  publish(forum: Forum, meeting: Pick<Meeting, 'id'>, kind: PublicRecordKind): Promise<PublishResult>;
}
