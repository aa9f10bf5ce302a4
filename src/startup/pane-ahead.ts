import type { ForumRef } from '../domain/types';
import type { MessageRef } from '../host/capabilities';
import { submissionReference } from '../store/mappers/submission-mapper';
import type { IntakeForum, IntakeMessage, OpenMessage, OutlookIntakeApi } from '../store/outlook-intake';

/**
 * The task pane's answer about the open mail, asked for at start together with the home — not once the home has said
 * whose secretariat the person is, nor once React has rendered the pane (issue 17 pt 1). The pane ("Tilføj til
 * dagsorden", ui/outlook/AddToAgenda.tsx) then asks the same two questions — read the mail, look its Message-ID up in
 * the forum's Submissions list — and the first asking of each takes the answer on its way.
 *
 * Outlook knows the mail's id, mailbox and Message-ID before anything is read, so both go out at once: the mail from
 * where Outlook says it is, the lookup in every forum this deployment serves (the pane shows the answer only for a
 * forum whose secretariat the person is, as the home decides; a forum they cannot read answers 403, asked for
 * nothing). Only reads go ahead; anything not asked for ahead, or that failed ahead, is asked anew.
 */
export function intakeLoadingAhead(
  intake: OutlookIntakeApi,
  forums: readonly ForumRef[],
  currentMessage: () => Promise<MessageRef | undefined>,
): OutlookIntakeApi {
  let mail: { readonly open: OpenMessage; readonly answer: Promise<IntakeMessage> } | undefined;
  const lookups = new Map<string, Promise<Awaited<ReturnType<OutlookIntakeApi['find']>>>>();
  const lookupKey = (groupId: string, internetMessageId: string) => `${groupId}\n${internetMessageId}`;
  const quietly = <T>(asked: Promise<T>): Promise<T> => {
    asked.catch(() => undefined); // reported by the asking that takes it, if any does
    return asked;
  };

  const askAhead = async () => {
    const ref = await currentMessage();
    if (!ref?.id) return;
    const open: OpenMessage = { id: ref.id, ...(ref.sharedMailbox ? { sharedMailbox: ref.sharedMailbox } : {}) };
    mail = { open, answer: quietly(intake.load(open)) };
    const internetMessageId = ref.internetMessageId;
    if (!internetMessageId) return;
    // Without the forum's short name (in the home, on its way): the item's reference is added when it is taken.
    for (const f of forums)
      lookups.set(lookupKey(f.groupId, internetMessageId), quietly(intake.find({ ...f, shortName: '' }, internetMessageId)));
  };
  const asking = askAhead().catch(() => undefined);

  return {
    load: async (open, fallback) => {
      await asking;
      const ahead = mail && mail.open.id === open.id && mail.open.sharedMailbox === open.sharedMailbox ? mail.answer : undefined;
      mail = undefined;
      // A mail not in the mailbox Outlook named (or the person's own) is looked for in the forums' mailboxes, anew.
      return ahead ? ahead.catch(() => intake.load(open, fallback)) : intake.load(open, fallback);
    },
    find: async (forum: IntakeForum, internetMessageId) => {
      await asking;
      const key = lookupKey(forum.groupId, internetMessageId);
      const ahead = lookups.get(key);
      lookups.delete(key);
      if (!ahead) return intake.find(forum, internetMessageId);
      const found = await ahead.catch(() => intake.find(forum, internetMessageId));
      return found && !found.reference && forum.shortName ? { ...found, reference: submissionReference(forum.shortName, found.id) } : found;
    },
    add: (request) => intake.add(request),
  };
}
