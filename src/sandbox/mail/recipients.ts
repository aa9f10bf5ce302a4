import { findUser } from '../directory/lookup';
import type { SandboxState } from '../state';
import { ensureMailbox, hasMailbox } from './mailbox';
import type { Mailbox } from './state';

export interface ResolvedRecipients {
  /** Sandbox mailboxes that receive a copy, each once. */
  readonly mailboxes: Mailbox[];
  /** Addresses outside the tenant's mailboxes (other organisations, guests' home addresses), each once. */
  readonly external: string[];
}

/**
 * Where mail to these addresses goes, as Exchange routes it: a member or shared mailbox gets it
 * in its Inbox; a group's address fans out to its members; anything else leaves the tenant.
 */
export function resolveRecipients(state: SandboxState, addresses: readonly string[]): ResolvedRecipients {
  const mailboxes: Mailbox[] = [];
  const external: string[] = [];
  const addExternal = (address: string): void => {
    if (!external.some((e) => e.toLowerCase() === address.toLowerCase())) external.push(address);
  };
  const addUser = (idOrAddress: string): void => {
    const user = findUser(state.directory, idOrAddress);
    if (user && hasMailbox(user)) {
      const box = ensureMailbox(state, user);
      if (!mailboxes.includes(box)) mailboxes.push(box);
    } else {
      addExternal(user?.mail ?? idOrAddress);
    }
  };
  for (const address of addresses) {
    const group = state.directory.groups.find((g) => g.mail.toLowerCase() === address.toLowerCase());
    if (group) {
      for (const memberId of group.memberIds) addUser(memberId);
    } else {
      addUser(address);
    }
  }
  return { mailboxes, external };
}
