import { seedId } from '../seed/ids';
import type { DriveItemRecord, IdentityRecord, SiteRecord } from './state';

/**
 * Files the seed puts in a forum's document library (what the app would have written for a meeting held before the
 * sandbox started: its agenda, a bilag, the circulated minutes), with the folders along their paths. Only on a
 * provisioned site, where `sekretariat provision` made the folders they live under.
 */
export interface SeedDocument {
  /** The folders from the library's root, e.g. ["Møder", "2026-06-11 Møde 2-2026"]. */
  readonly folder: readonly string[];
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** The document's address as the sandbox's drive gives it (driveItemResource's webUrl). */
export function seedDocumentUrl(siteWebUrl: string, path: readonly string[]): string {
  return encodeURI(`${siteWebUrl}/Shared Documents/${path.join('/')}`);
}

export function addSeedDocuments(site: SiteRecord, documents: readonly SeedDocument[], author: IdentityRecord, now: string): void {
  const items = site.drive.items;
  const childNamed = (parentId: string, name: string): DriveItemRecord | undefined =>
    Object.values(items).find((i) => i.parentId === parentId && i.name === name);
  const stamp = { createdDateTime: now, lastModifiedDateTime: now, version: 1, createdBy: author, lastModifiedBy: author };
  for (const doc of documents) {
    let parentId = site.drive.rootId;
    doc.folder.forEach((name, depth) => {
      const found = childNamed(parentId, name);
      if (found) {
        parentId = found.id;
        return;
      }
      const folder: DriveItemRecord = {
        id: seedId('folder', site.id, ...doc.folder.slice(0, depth + 1)),
        name,
        parentId,
        kind: 'folder',
        size: 0,
        ...stamp,
      };
      items[folder.id] = folder;
      parentId = folder.id;
    });
    const file: DriveItemRecord = {
      id: seedId('file', site.id, ...doc.folder, doc.name),
      name: doc.name,
      parentId,
      kind: 'file',
      mimeType: doc.mimeType,
      contentBase64: Buffer.from(doc.bytes).toString('base64'),
      size: doc.bytes.length,
      ...stamp,
    };
    items[file.id] = file;
  }
}
