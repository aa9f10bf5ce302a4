import type { AppointmentDraft, MessageRef, StructuredMail } from './capabilities';
import { officeCall } from './office-async';

/** Read mode exposes the subject as a string; compose mode as an object with getAsync/setAsync. */
export function isReadMode(item: Office.Item): boolean {
  return typeof (item as { subject?: unknown }).subject === 'string';
}

export function isAppointment(item: Office.Item): boolean {
  return (item as { itemType?: unknown }).itemType === Office.MailboxEnums.ItemType.Appointment;
}

/** The open message in read mode, with a REST id Graph accepts and, in a shared mailbox, the mailbox's address. */
export async function readMessage(mailbox: Office.Mailbox, item: Office.MessageRead): Promise<MessageRef> {
  const ewsId = item.itemId ?? '';
  let id = ewsId;
  try {
    id = ewsId ? mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0) : '';
  } catch {
    id = ewsId;
  }
  const owner = await sharedOwner(item);
  return {
    id,
    subject: item.subject ?? '',
    from: { name: item.from?.displayName ?? '', address: (item.from?.emailAddress ?? '').toLowerCase() },
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
    ...(owner ? { sharedMailbox: owner } : {}),
  };
}

/**
 * The owner of a shared mailbox or delegated folder the item is in. `getSharedPropertiesAsync` exists only there
 * (and only from Mailbox 1.8); in the person's own mailbox it is missing or fails, which means "not shared".
 */
async function sharedOwner(item: Office.MessageRead): Promise<string | undefined> {
  const withShared = item as Partial<Pick<Office.MessageRead, 'getSharedPropertiesAsync'>>;
  if (typeof withShared.getSharedPropertiesAsync !== 'function') return undefined;
  try {
    const props = await officeCall<Office.SharedProperties>((cb) => withShared.getSharedPropertiesAsync?.(cb));
    const owner = props.owner?.trim().toLowerCase();
    return owner || undefined;
  } catch {
    return undefined;
  }
}

export async function writeCompose(item: Office.MessageCompose, draft: StructuredMail): Promise<void> {
  await officeCall((cb) => item.body.setAsync(String(draft.htmlBody), { coercionType: Office.CoercionType.Html }, cb));
  await officeCall((cb) => item.subject.setAsync(draft.subject, cb));
  await officeCall((cb) => item.to.setAsync([...draft.to], cb));
}

export async function readAppointment(item: Office.AppointmentCompose): Promise<AppointmentDraft> {
  const [subject, start, end, location, attendees, body] = await Promise.all([
    officeCall<string>((cb) => item.subject.getAsync(cb)),
    officeCall<Date>((cb) => item.start.getAsync(cb)),
    officeCall<Date>((cb) => item.end.getAsync(cb)),
    officeCall<string>((cb) => item.location.getAsync(cb)),
    officeCall<Office.EmailAddressDetails[]>((cb) => item.requiredAttendees.getAsync(cb)),
    officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
  ]);
  return {
    subject,
    start: start.toISOString(),
    end: end.toISOString(),
    ...(location ? { location } : {}),
    requiredAttendees: attendees.map((a) => a.emailAddress.toLowerCase()),
    ...(body ? { body } : {}),
  };
}

export async function writeAppointment(item: Office.AppointmentCompose, draft: AppointmentDraft): Promise<void> {
  await officeCall((cb) => item.subject.setAsync(draft.subject, cb));
  if (draft.start) await officeCall((cb) => item.start.setAsync(new Date(draft.start ?? ''), cb));
  if (draft.end) await officeCall((cb) => item.end.setAsync(new Date(draft.end ?? ''), cb));
  if (draft.location !== undefined) await officeCall((cb) => item.location.setAsync(draft.location ?? '', cb));
  await officeCall((cb) => item.requiredAttendees.setAsync([...draft.requiredAttendees], cb));
  if (draft.optionalAttendees) {
    const optional = [...draft.optionalAttendees];
    await officeCall((cb) => item.optionalAttendees.setAsync(optional, cb));
  }
  if (draft.body !== undefined)
    await officeCall((cb) => item.body.setAsync(draft.body ?? '', { coercionType: Office.CoercionType.Html }, cb));
}

/**
 * Saves the appointment (Mailbox 1.3) and answers its REST id: `saveAsync` gives the EWS id, which Graph takes only
 * after `convertToRestId`. (Outlook in cached mode may need a moment before Graph finds the event.)
 */
export async function saveAppointment(mailbox: Office.Mailbox, item: Office.AppointmentCompose): Promise<string> {
  const ewsId = await officeCall<string>((cb) => item.saveAsync(cb));
  if (!ewsId) throw new Error('Outlook saved the appointment but gave no item id');
  try {
    return mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return ewsId;
  }
}
