import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import type { Forum } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/types';
import { ForumStore } from '../../../src/store/forum-stores';
import { Fields, listItemsUrl, type GraphListItem } from '../../../src/store/list-item';
import type { ListName } from '../../../src/store/schema';
import { call, type TestSandbox } from '../support/sandbox';
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
  const res = await call(sb, 'POST', `/_sandbox/mail?mailbox=${encodeURIComponent(MAILBOX)}`, { body: mail.raw, headers: { 'Content-Type': 'message/rfc822' } });
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
