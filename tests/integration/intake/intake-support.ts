import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import type { Forum } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { ForumStore } from '../../../src/store/forum-stores';
import { Fields, listItemsUrl, type GraphListItem } from '../../../src/store/list-item';
import type { ListName } from '../../../src/store/schema';
import { call, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

export const MAILBOX = 'tsg-sekretariat@testregion.example';

let counter = 0;

/** A fresh Message-ID. */
export function messageId(tag = 'mail'): string {
  counter += 1;
  return `<${tag}.${Date.now()}.${counter}.${Math.random().toString(36).slice(2, 8)}@afsender.example>`;
}

export interface EmlInput {
  readonly from?: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly id?: string;
  readonly body?: string;
  readonly headers?: readonly string[];
  /** Makes the mail a reply to this Message-ID (In-Reply-To and References). */
  readonly replyTo?: string;
}

/** A plain RFC 822 message to the forum mailbox. */
export function eml(input: EmlInput): { raw: string; id: string } {
  const id = input.id ?? messageId();
  const from = input.from ?? { name: TEST_PEOPLE.patient.displayName, address: TEST_PEOPLE.patient.mail };
  const raw = [
    `From: ${from.name} <${from.address}>`,
    `To: Testsekretariatet <${MAILBOX}>`,
    `Subject: ${input.subject}`,
    `Message-ID: ${id}`,
    `Date: ${new Date().toUTCString()}`,
    ...(input.replyTo ? [`In-Reply-To: ${input.replyTo}`, `References: ${input.replyTo}`] : []),
    ...(input.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    input.body ?? 'Indstilling\n- at styregruppen drøfter sagen\n\nSagsfremstilling\nEt punkt til dagsordenen.',
    '',
  ].join('\r\n');
  return { raw, id };
}

/** Delivers a raw .eml into the forum mailbox's Inbox (POST /_sandbox/mail). */
export async function deliver(sb: TestSandbox, mail: { raw: string; id: string }): Promise<string> {
  const res = await call(sb, 'POST', `/_sandbox/mail?mailbox=${encodeURIComponent(MAILBOX)}`, {
    body: mail.raw,
    headers: { 'Content-Type': 'message/rfc822' },
  });
  if (res.status !== 202) throw new Error(`deliver: ${res.status} ${JSON.stringify(res.body)}`);
  return mail.id;
}

/** The secretary's Graph facade; retries do not wait (Retry-After is honoured by the policy, the sleep is instant). */
export function secretaryGraph(sb: TestSandbox): Graph {
  return createGraph({
    tokens: new SandboxTokenProvider(sb.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Sites.ReadWrite.All', 'Mail.ReadWrite.Shared', 'Mail.Send.Shared'],
    baseUrl: sb.graphUrl,
    sleep: () => Promise.resolve(),
  });
}

export function loadForum(graph: Graph): Promise<Forum> {
  return new ForumStore(graph).load(TEST_FORUMS.steering);
}

/** Every item of a list, read directly (not through the code under test). */
export async function listItems(graph: Graph, list: ListName): Promise<GraphListItem[]> {
  return graph.all<GraphListItem>(listItemsUrl(TEST_FORUMS.steering.siteId, list, { top: 500 }));
}

/** How many items of the list carry each of these Message-IDs. */
export async function countsByMessageId(graph: Graph, list: ListName, ids: readonly string[]): Promise<number[]> {
  const items = await listItems(graph, list);
  return ids.map((id) => items.filter((i) => Fields.of(i).text('InternetMessageId') === id).length);
}

export interface OutboxMail {
  readonly to: string[];
  readonly subject: string;
}

export async function outboxTo(sb: TestSandbox, address: string): Promise<OutboxMail[]> {
  const res = await call<{ value: OutboxMail[] }>(sb, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(address)}`);
  return res.body.value;
}

export interface Delivered {
  /** The Message-ID (the submission's key). */
  readonly internetMessageId: string;
  /** The message's Graph id in the forum mailbox. */
  readonly graphId: string;
}

/**
 * Delivers a raw .eml into the forum mailbox: into a folder other than the Inbox (`junkemail`, as Exchange's junk
 * filter files it), or dated in the past (`receivedAt`, ISO).
 */
export async function deliverInto(
  sb: TestSandbox,
  mail: { raw: string; id: string },
  where: { readonly folder?: string; readonly receivedAt?: string } = {},
): Promise<Delivered> {
  const query = new URLSearchParams({
    mailbox: MAILBOX,
    ...(where.folder ? { folder: where.folder } : {}),
    ...(where.receivedAt ? { receivedAt: where.receivedAt } : {}),
  });
  const res = await call<{ id: string }>(sb, 'POST', `/_sandbox/mail?${query.toString()}`, {
    body: mail.raw,
    headers: { 'Content-Type': 'message/rfc822' },
  });
  if (res.status !== 202) throw new Error(`deliver: ${res.status} ${JSON.stringify(res.body)}`);
  return { internetMessageId: mail.id, graphId: res.body.id };
}

/** The display name of the folder each mail is in now (as a secretary sees the mailbox through Graph); '' when gone. */
export async function foldersOf(sb: TestSandbox, internetMessageIds: readonly string[]): Promise<string[]> {
  const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  const box = `/users/${encodeURIComponent(MAILBOX)}`;
  const top = await call<{ value: { id: string; displayName: string }[] }>(sb, 'GET', `${box}/mailFolders?$top=100`, { token });
  const names = new Map(top.body.value.map((f) => [f.id, f.displayName]));
  const out: string[] = [];
  for (const id of internetMessageIds) {
    const found = await call<{ value: { parentFolderId: string }[] }>(
      sb,
      'GET',
      `${box}/messages?$select=parentFolderId&$filter=${encodeURIComponent(`internetMessageId eq '${id}'`)}`,
      { token },
    );
    const folder = found.body.value[0]?.parentFolderId;
    out.push(folder ? (names.get(folder) ?? folder) : '');
  }
  return out;
}

/** A colleague (a co-chair with access to the forum mailbox) moves a mail to a folder, as Outlook does through Graph. */
export async function colleagueMoves(sb: TestSandbox, graphId: string, destinationId: string): Promise<string> {
  const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const res = await call<{ id: string }>(sb, 'POST', `/users/${encodeURIComponent(MAILBOX)}/messages/${encodeURIComponent(graphId)}/move`, {
    token,
    body: { destinationId },
  });
  if (res.status !== 201) throw new Error(`move: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A colleague makes a folder of their own at the top of the forum mailbox; its id. */
export async function colleagueMakesFolder(sb: TestSandbox, displayName: string): Promise<string> {
  const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const res = await call<{ id: string }>(sb, 'POST', `/users/${encodeURIComponent(MAILBOX)}/mailFolders`, { token, body: { displayName } });
  if (res.status !== 201) throw new Error(`folder: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
