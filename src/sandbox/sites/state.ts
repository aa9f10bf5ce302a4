import type { ColumnType } from '../../store/schema';
import type { SiteSecurity } from '../sharepoint/state';

/** Who created or last modified something, stamped by the server from the caller's token. */
export interface IdentityRecord {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  /** An application wrote it (app-only): the id is its client id, rendered as the identitySet's `application`. */
  readonly application?: true;
}

export type FieldValue = string | number | boolean;

export interface ColumnRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly type: ColumnType;
  readonly indexed: boolean;
  readonly required: boolean;
  readonly choices?: readonly string[];
  /** SharePoint's enforceUniqueValues (only on indexed columns): a second item with the same value is refused. */
  readonly unique?: boolean;
}

export interface ListItemRecord {
  /** Integer id as a string, as SharePoint numbers items. */
  readonly id: string;
  /** The item's unique id; with the version it forms the eTag `"<guid>,<version>"`. */
  readonly guid: string;
  version: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  readonly createdBy: IdentityRecord;
  lastModifiedBy: IdentityRecord;
  fields: Record<string, FieldValue>;
}

export interface ListRecord {
  readonly id: string;
  readonly name: string;
  displayName: string;
  description: string;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  readonly createdBy: IdentityRecord;
  columns: ColumnRecord[];
  items: ListItemRecord[];
  nextItemId: number;
}

export interface DriveItemRecord {
  readonly id: string;
  name: string;
  /** Undefined for the root folder. */
  parentId?: string;
  readonly kind: 'file' | 'folder';
  mimeType?: string;
  /** File bytes, base64. */
  contentBase64?: string;
  size: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  version: number;
  readonly createdBy: IdentityRecord;
  lastModifiedBy: IdentityRecord;
}

export interface DriveRecord {
  readonly id: string;
  readonly name: string;
  readonly rootId: string;
  readonly createdDateTime: string;
  items: Record<string, DriveItemRecord>;
}

export interface SiteRecord {
  readonly id: string;
  readonly groupId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly webUrl: string;
  readonly createdDateTime: string;
  lists: ListRecord[];
  readonly drive: DriveRecord;
  /** Role assignments and list security set through SharePoint's REST API; absent until someone changes them. */
  security?: SiteSecurity;
}

/** The forums' SharePoint sites: their lists (with items) and document libraries. */
export interface SitesState {
  sites: SiteRecord[];
}
