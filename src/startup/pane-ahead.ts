import type { MessageRef } from '../host/capabilities';
import type { HomeData } from '../store/home-data';
import type { IntakeForum, OpenMessage, OutlookIntakeApi } from '../store/outlook-intake';

/**
 * The task pane's answer about the open mail, asked for the moment the home's data says which forums the person is
 * the secretariat of — not once React has rendered the pane (issue 17 pt 1). The pane ("Tilføj til dagsorden",
 * ui/outlook/AddToAgenda.tsx) then asks the same two questions, read the mail and look its Message-ID up in the forum's
 * list (for every forum the person runs, at once, since Outlook knows the Message-ID before the mail is read): the
 * first asking of each takes the answer on its way, or its failure; every later one asks again. Only reads go ahead.
 */
export function intakeLoadingAhead(
  intake: OutlookIntakeApi,
  home: Promise<HomeData>,
  currentMessage: () => Promise<MessageRef | undefined>,
): OutlookIntakeApi {
  const ahead = new Map<string, Promise<unknown>>();
  const loadKey = (open: OpenMessage, fallback: readonly string[] = []) =>
    JSON.stringify(['load', open.id, open.sharedMailbox ?? '', fallback]);
  const findKey = (forum: IntakeForum, internetMessageId: string) => JSON.stringify(['find', forum.groupId, internetMessageId]);
  const keep = (key: string, asked: Promise<unknown>) => {
    asked.catch(() => undefined); // reported by the asking that takes it, if any does
    ahead.set(key, asked);
  };
  const take = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    const asked = ahead.get(key) as Promise<T> | undefined;
    ahead.delete(key);
    return asked ?? ask();
  };

  const askAhead = async () => {
    const [data, ref] = await Promise.all([home, currentMessage()]);
    const forums = data.forums.filter((f) => f.role === 'secretariat').map((f) => f.forum);
    if (!ref?.id || forums.length === 0) return;
    const open: OpenMessage = { id: ref.id, ...(ref.sharedMailbox ? { sharedMailbox: ref.sharedMailbox } : {}) };
    const mailboxes = forums.map((f) => f.mailbox);
    keep(loadKey(open, mailboxes), intake.load(open, mailboxes));
    const internetMessageId = ref.internetMessageId;
    if (internetMessageId) for (const forum of forums) keep(findKey(forum, internetMessageId), intake.find(forum, internetMessageId));
  };
  // Nothing asked ahead (no home, no message) is nothing lost: the pane asks itself.
  askAhead().catch(() => undefined);

  return {
    load: (open, fallback) => take(loadKey(open, fallback), () => intake.load(open, fallback)),
    find: (forum, internetMessageId) => take(findKey(forum, internetMessageId), () => intake.find(forum, internetMessageId)),
    add: (request) => intake.add(request),
  };
}
