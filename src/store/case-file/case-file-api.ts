import type { ListedDocument } from '../../domain/case-file/case-file-manifest';
import type { Forum, Meeting } from '../../domain/types';

/** Why no package can be made now: the minutes are not circulated (or reopened), or a document it must hold is gone. */
export type CaseFileRefusal = 'not-circulated' | 'content-changed' | 'missing-documents';

export class CaseFileRefusedError extends Error {
  constructor(
    readonly reason: CaseFileRefusal,
    /** For 'missing-documents': the files not found, by name. */
    readonly missing: readonly string[] = [],
  ) {
    super(`The archive package cannot be made: ${reason}${missing.length > 0 ? ` (${missing.join(', ')})` : ''}.`);
    this.name = 'CaseFileRefusedError';
  }
}

export interface CaseFileResult {
  /** 'created' now; 'found': an earlier run (or another secretary) wrote it, and it is what is returned. */
  readonly outcome: 'created' | 'found';
  readonly fileName: string;
  /** The zip in the meeting's folder. */
  readonly webUrl: string;
  readonly bytes: Uint8Array;
  readonly documents: readonly ListedDocument[];
  /** Every document the manifest lists is in the zip with its SHA-256 (false: the file was changed after it was made). */
  readonly intact: boolean;
}

/** A meeting's archive package for the case system (issue 20 pt 4): made once, then found. */
export interface CaseFileApi {
  archivePackage(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<CaseFileResult>;
}
