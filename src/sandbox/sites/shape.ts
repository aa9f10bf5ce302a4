import type { ColumnRecord, FieldValue, IdentityRecord, ListItemRecord, ListRecord, SiteRecord } from './state';

/** SharePoint writes UTC without milliseconds: "2026-03-12T08:00:00Z". */
export function spDate(value: string | Date): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * createdBy / lastModifiedBy. SharePoint sends the user's e-mail with id and displayName; v1.0's
 * metadata defines `email` on `emailIdentity` (derived from `identity`), so the object names that type. An app-only
 * write names the application (its client id and display name) instead of a user.
 */
export function identitySet(
  who: IdentityRecord,
):
  | { user: { '@odata.type': string; id: string; displayName: string; email: string } }
  | { application: { id: string; displayName: string } } {
  if (who.application) return { application: { id: who.id, displayName: who.displayName } };
  return { user: { '@odata.type': '#microsoft.graph.emailIdentity', id: who.id, displayName: who.displayName, email: who.email } };
}

export function itemEtag(item: ListItemRecord): string {
  return `"${item.guid},${item.version}"`;
}

export function siteResource(site: SiteRecord): Record<string, unknown> {
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    description: site.description,
    webUrl: site.webUrl,
    createdDateTime: site.createdDateTime,
    lastModifiedDateTime: site.createdDateTime,
    siteCollection: { hostname: site.id.split(',')[0] ?? '' },
  };
}

export function listResource(site: SiteRecord, list: ListRecord): Record<string, unknown> {
  const etag = `"${list.id},${list.items.length}"`;
  return {
    '@odata.etag': etag,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    webUrl: `${site.webUrl}/Lists/${list.name}`,
    eTag: etag,
    createdDateTime: list.createdDateTime,
    lastModifiedDateTime: list.lastModifiedDateTime,
    createdBy: identitySet(list.createdBy),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
  };
}

function facet(col: ColumnRecord): Record<string, unknown> {
  switch (col.type) {
    case 'text':
      return { text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 } };
    case 'note':
      return { text: { allowMultipleLines: true, appendChangesToExistingText: false, linesForEditing: 6, maxLength: 0 } };
    case 'number':
      return { number: { decimalPlaces: 'automatic', displayAs: 'number' } };
    case 'dateTime':
      return { dateTime: { displayAs: 'default', format: 'dateTime' } };
    case 'boolean':
      return { boolean: {} };
    case 'choice':
      return { choice: { allowTextEntry: false, choices: [...(col.choices ?? [])], displayAs: 'dropDownMenu' } };
  }
}

export function columnResource(col: ColumnRecord): Record<string, unknown> {
  return {
    id: col.id,
    name: col.name,
    displayName: col.displayName,
    description: col.description,
    columnGroup: col.name === 'Title' ? '' : 'Custom Columns',
    enforceUniqueValues: col.unique === true,
    hidden: false,
    indexed: col.indexed,
    readOnly: false,
    required: col.required,
    ...facet(col),
  };
}

/** The item's `fields` (fieldValueSet): its column values plus SharePoint's own. */
export function fieldsResource(item: ListItemRecord, select?: readonly string[]): Record<string, unknown> {
  const all: Record<string, FieldValue | string> = {
    ...item.fields,
    id: item.id,
    ContentType: 'Item',
    Created: item.createdDateTime,
    Modified: item.lastModifiedDateTime,
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
  };
  const wanted = select ? new Set(select.map((s) => s.toLowerCase())) : undefined;
  const kept = wanted ? Object.entries(all).filter(([k]) => wanted.has(k.toLowerCase())) : Object.entries(all);
  return { '@odata.etag': itemEtag(item), ...Object.fromEntries(kept) };
}

export function itemResource(
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  opts: { readonly fields: boolean; readonly fieldSelect?: readonly string[] },
): Record<string, unknown> {
  const etag = itemEtag(item);
  return {
    '@odata.etag': etag,
    id: item.id,
    eTag: etag,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${site.webUrl}/Lists/${list.name}/${item.id}_.000`,
    createdBy: identitySet(item.createdBy),
    lastModifiedBy: identitySet(item.lastModifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(opts.fields ? { fields: fieldsResource(item, opts.fieldSelect) } : {}),
  };
}
