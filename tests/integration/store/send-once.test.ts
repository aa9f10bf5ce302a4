import type { Message } from '@microsoft/microsoft-graph-types';
import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { messagesUrl, sendDraftUrl } from '../../../src/store/mail/mailbox-paths';
import { ONCE_MAIL } from '../../../src/store/mail/once-mail-kinds';
import { sendEachOnce, sendOnce, type OnceMail, type OnceMailKind } from '../../../src/store/mail/send-once';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * send-once against the sandbox when Graph acts and the answer is lost: on the draft, on the `/send`, on the `$batch`
 * carrying them. Every mail goes once, no draft is left behind, and an earlier attempt's mail is found, not resent.
 */
const MAILBOX = 'tsg-sekretariat@testregion.example';
const RECEIPT = ONCE_MAIL.receipt;
let sb: TestSandbox;
let graph: Graph;

beforeAll(async () => {
  sb = await startTestSandbox();
  graph = createGraph({
    tokens: new SandboxTokenProvider(sb.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Mail.ReadWrite.Shared', 'Mail.Send.Shared'],
    baseUrl: sb.graphUrl,
    sleep: () => Promise.resolve(),
  });
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

async function fault(path: string, kind: 'act-then-504' | 'act-then-drop', count = 1): Promise<void> {
  expect((await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path }, fault: { kind }, count } })).status).toBe(
    201,
  );
}

/** Whether every injected fault was met: the send really ran into it. */
async function faultsMet(): Promise<boolean> {
  const rules = (await call<{ value: { remaining?: number }[] }>(sb, 'GET', '/_sandbox/faults')).body.value;
  return rules.length > 0 && rules.every((r) => r.remaining === 0);
}

const mail = (tag: string, to: string = TEST_PEOPLE.patient.mail): OnceMail => ({
  correlation: `test:${tag}`,
  message: {
    subject: `Én gang: ${tag}`,
    body: { contentType: 'text', content: tag },
    toRecipients: [{ emailAddress: { address: to } }],
  } as Message,
});

async function delivered(tag: string): Promise<number> {
  const res = await call<{ value: { subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
  return res.body.value.filter((m) => m.subject === `Én gang: ${tag}`).length;
}

async function draftsLeft(tag: string): Promise<number> {
  const drafts = await graph.all<{ subject?: string }>(`/users/${MAILBOX}/mailFolders/drafts/messages?$select=subject`);
  return drafts.filter((d) => d.subject === `Én gang: ${tag}`).length;
}

describe('send-once when the answer is lost after Graph acted', () => {
  it.each([
    ['/send answered 504', '/send$', 'act-then-504'],
    ['/send dropped', '/send$', 'act-then-drop'],
    ['the draft answered 504', '/messages$', 'act-then-504'],
    ['the $batch of drafts dropped', '^/\\$batch$', 'act-then-drop'],
  ] as const)('%s: the mail goes once, reported sent now, no draft left', async (what, path, kind) => {
    const tag = what;
    await fault(path, kind);
    const report = await sendOnce(graph, MAILBOX, [mail(tag)], { resume: false, kind: RECEIPT });
    expect(report).toMatchObject({ sent: [`test:${tag}`], sentNow: 1 });
    expect(await delivered(tag)).toBe(1);
    expect(await draftsLeft(tag)).toBe(0);
  });

  it('a $batch of three sends answered 504 after they went: three mails, each once', async () => {
    const mails = ['a', 'b', 'c'].map((t) => mail(`tre ${t}`));
    // The second $batch is the one carrying the three /send requests (the first makes the drafts).
    expect(
      (
        await call(sb, 'POST', '/_sandbox/faults', {
          body: { match: { method: 'POST', path: '^/\\$batch$' }, fault: { kind: 'act-then-504' }, skip: 1, count: 1 },
        })
      ).status,
    ).toBe(201);
    const outcomes = await sendEachOnce(graph, MAILBOX, mails, { resume: false, kind: RECEIPT });
    expect([...outcomes.values()].map((o) => o.kind)).toEqual(['sent', 'sent', 'sent']);
    for (const t of ['a', 'b', 'c']) expect(await delivered(`tre ${t}`)).toBe(1);
  });

  it('a resumed send finds the mail an earlier attempt sent and sends nothing again', async () => {
    await sendOnce(graph, MAILBOX, [mail('genoptaget')], { resume: false, kind: RECEIPT });
    const again = await sendOnce(graph, MAILBOX, [mail('genoptaget')], { resume: true, kind: RECEIPT });
    expect(again).toMatchObject({ sent: ['test:genoptaget'], sentNow: 0 });
    expect(await delivered('genoptaget')).toBe(1);
  });

  it('a mail Graph refuses is not sent and says so; the others go', async () => {
    const refused: OnceMail = {
      correlation: 'test:ingen',
      message: { subject: 'Én gang: ingen modtagere', body: { contentType: 'text', content: 'x' } },
    };
    const outcomes = await sendEachOnce(graph, MAILBOX, [refused, mail('ved siden af')], { resume: false, kind: RECEIPT });
    expect(outcomes.get('test:ingen')).toMatchObject({ kind: 'not-sent', error: { status: 400 } });
    expect(outcomes.get('test:ved siden af')).toMatchObject({ kind: 'sent', now: true });
    expect(await delivered('ved siden af')).toBe(1);
  });
});

describe('send-once is generic in its correlation property', () => {
  const KINDS: readonly (readonly [string, OnceMailKind])[] = [
    ['the agenda', ONCE_MAIL.agenda],
    ['a consultation', ONCE_MAIL.consultation],
  ];

  const CASES = KINDS.flatMap(([name, kind]) =>
    (['act-then-504', 'act-then-drop'] as const).flatMap((fault) => [
      [name, 'create', fault, '/messages$', kind] as const,
      [name, 'send', fault, '/send$', kind] as const,
    ]),
  );

  it.each(CASES)('%s: its %s under %s (%s): goes once, no draft left', async (name, step, faultKind, path, kind) => {
    const tag = `${name} ${step} ${faultKind}`;
    await fault(path, faultKind);
    const report = await sendOnce(graph, MAILBOX, [mail(tag)], { resume: false, kind });
    expect(await faultsMet()).toBe(true);
    expect(report).toMatchObject({ sent: [`test:${tag}`], sentNow: 1 });
    expect(await delivered(tag)).toBe(1);
    expect(await draftsLeft(tag)).toBe(0);
    // Looked up by its own property the mail is found sent; nothing goes again.
    expect(await sendOnce(graph, MAILBOX, [mail(tag)], { resume: true, kind })).toMatchObject({ sent: [`test:${tag}`], sentNow: 0 });
    expect(await delivered(tag)).toBe(1);
  });

  it("each kind looks up its own property: one kind's mail is not another's, even under the same correlation id", async () => {
    await sendOnce(graph, MAILBOX, [mail('to slags')], { resume: true, kind: ONCE_MAIL.agenda });
    expect(await sendOnce(graph, MAILBOX, [mail('to slags')], { resume: true, kind: ONCE_MAIL.agenda })).toMatchObject({ sentNow: 0 });
    expect(await sendOnce(graph, MAILBOX, [mail('to slags')], { resume: true, kind: ONCE_MAIL.consultation })).toMatchObject({
      sentNow: 1,
    });
    expect(await delivered('to slags')).toBe(2);
  });
});

/**
 * The property ids as the versions before one send path wrote them, literally: mails they left in a forum mailbox
 * must still be found, so a change to once-mail-kinds.ts that would send them again fails here.
 */
const OLDER_VERSIONS: readonly (readonly [string, OnceMailKind, string])[] = [
  ['agenda (agenda-store.ts)', ONCE_MAIL.agenda, 'String {6f1c5b0e-3a52-4c1e-9d7b-2f4a1c8e5d30} Name SekretariatAgendaCorrelation'],
  ['consultation', ONCE_MAIL.consultation, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatConsultationCorrelation'],
  [
    'consultation reminder',
    ONCE_MAIL.consultationReminder,
    'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatConsultationCorrelation',
  ],
  [
    'consultation outcome',
    ONCE_MAIL.consultationOutcome,
    'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatConsultationCorrelation',
  ],
  ['approval request', ONCE_MAIL.approvalRequest, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMinutesCorrelation'],
  ['approval reminder', ONCE_MAIL.approvalReminder, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMinutesCorrelation'],
  ['circulated minutes', ONCE_MAIL.minutesCirculation, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMinutesCorrelation'],
  ['action reminder', ONCE_MAIL.actionReminder, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatActionCorrelation'],
  ['receipt', ONCE_MAIL.receipt, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMemberMailCorrelation'],
  ['decision mail', ONCE_MAIL.decisionMail, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMemberMailCorrelation'],
  ['call for items', ONCE_MAIL.callForItems, 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMemberMailCorrelation'],
];

/** A draft as an older version made it: its own POST, the correlation id in the property it named then. */
async function olderDraft(tag: string, property: string): Promise<string> {
  const m = mail(tag);
  const made = await graph.post<Message>(messagesUrl(MAILBOX), {
    ...m.message,
    singleValueExtendedProperties: [{ id: property, value: m.correlation }],
  });
  if (!made.id) throw new Error('the sandbox made a draft without an id');
  return made.id;
}

describe('mails an older version left in the mailbox', () => {
  it.each(OLDER_VERSIONS)('%s: its unsent draft is found and sent, not a second one made', async (name, kind, property) => {
    const tag = `ældre kladde ${name}`;
    await olderDraft(tag, property);
    expect(await sendOnce(graph, MAILBOX, [mail(tag)], { resume: true, kind })).toMatchObject({ sent: [`test:${tag}`], sentNow: 1 });
    expect(await delivered(tag)).toBe(1);
    expect(await draftsLeft(tag)).toBe(0);
    expect(await sendOnce(graph, MAILBOX, [mail(tag)], { resume: true, kind })).toMatchObject({ sentNow: 0 });
    expect(await delivered(tag)).toBe(1);
  });

  it.each(OLDER_VERSIONS)('%s: its sent mail is found and nothing goes again', async (name, kind, property) => {
    const tag = `ældre sendt ${name}`;
    await graph.post(sendDraftUrl(MAILBOX, await olderDraft(tag, property)), {});
    expect(await delivered(tag)).toBe(1);
    expect(await sendOnce(graph, MAILBOX, [mail(tag)], { resume: true, kind })).toMatchObject({ sent: [`test:${tag}`], sentNow: 0 });
    expect(await delivered(tag)).toBe(1);
  });
});
