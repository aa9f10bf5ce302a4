import { GraphHttpError } from '../http/types';
import type { ListItemRecord, ListRecord } from './state';

/**
 * SharePoint's enforceUniqueValues: no two items of the list may hold the same value (case-insensitive, as
 * SharePoint compares text) in a unique column. Checked inside the state mutation, so two concurrent writers
 * cannot both pass. Graph answers such a write with 409.
 */
export function checkUniqueValues(list: ListRecord, item: ListItemRecord): void {
  const clashing = list.columns.filter((col) => {
    if (!col.unique) return false;
    const value = item.fields[col.name];
    if (value === undefined || value === '') return false;
    const key = String(value).toLowerCase();
    return list.items.some(
      (other) => other.id !== item.id && other.fields[col.name] !== undefined && String(other.fields[col.name]).toLowerCase() === key,
    );
  });
  if (clashing.length === 0) return;
  throw new GraphHttpError(
    409,
    'nameAlreadyExists',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashing.map((c) => c.name).join(', ')}].`,
  );
}
