import type { Message } from '@microsoft/microsoft-graph-types';
import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/types';
import { MEMBER_MAIL_CORRELATION_PROPERTY, sendEachOnce, sendOnce, type OnceMail } from '../../../src/store/mail/send-once';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * send-once against the sandbox when Graph acts and the answer is lost: on the draft, on the `/send`, on the `$batch`
 * carrying them. Every mail goes once, no draft is left behind, and an earlier attempt's mail is found, not resent.
 */
const MAILBOX = 'tsg-sekretariat@testregion.example';
let sb: TestSandbox;
let graph: Graph;

beforeAll(async () => {
  sb = await startTestSandbox();
  graph = createGraph({ tokens: new SandboxTokenProvider(sb.url, TEST_PEOPLE.secretary.mail), scopes: ['Mail.ReadWrite.Shared', 'Mail.Send.Shared'], baseUrl: sb.graphUrl, sleep: () => Promise.resolve() });
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

async function fault(path: string, kind: 'act-then-504' | 'act-then-drop', count = 1): Promise<void> {
  expect((await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path }, fault: { kind }, count } })).status).toBe(201);
}

const mail = (tag: string, to: string = TEST_PEOPLE.patient.mail): OnceMail => ({
  correlation: `test:${tag}`,
  message: { subject: `Én gang: ${tag}`, body: { contentType: 'text', content: tag }, toRecipients: [{ emailAddress: { address: to } }] } as Message,
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
    const report = await sendOnce(graph, MAILBOX, [mail(tag)], false, MEMBER_MAIL_CORRELATION_PROPERTY);
    expect(report).toMatchObject({ sent: [`test:${tag}`], sentNow: 1 });
    expect(await delivered(tag)).toBe(1);
    expect(await draftsLeft(tag)).toBe(0);
  });

  it('a $batch of three sends answered 504 after they went: three mails, each once', async () => {
    const mails = ['a', 'b', 'c'].map((t) => mail(`tre ${t}`));
    // The second $batch is the one carrying the three /send requests (the first makes the drafts).
    expect((await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method: 'POST', path: '^/\\$batch$' }, fault: { kind: 'act-then-504' }, skip: 1, count: 1 } })).status).toBe(201);
    const outcomes = await sendEachOnce(graph, MAILBOX, mails, { resume: false, property: MEMBER_MAIL_CORRELATION_PROPERTY });
    expect([...outcomes.values()].map((o) => o.kind)).toEqual(['sent', 'sent', 'sent']);
    for (const t of ['a', 'b', 'c']) expect(await delivered(`tre ${t}`)).toBe(1);
  });

  it('a resumed send finds the mail an earlier attempt sent and sends nothing again', async () => {
    await sendOnce(graph, MAILBOX, [mail('genoptaget')], false, MEMBER_MAIL_CORRELATION_PROPERTY);
    const again = await sendOnce(graph, MAILBOX, [mail('genoptaget')], true, MEMBER_MAIL_CORRELATION_PROPERTY);
    expect(again).toMatchObject({ sent: ['test:genoptaget'], sentNow: 0 });
    expect(await delivered('genoptaget')).toBe(1);
  });

  it('a mail Graph refuses is not sent and says so; the others go', async () => {
    const refused: OnceMail = { correlation: 'test:ingen', message: { subject: 'Én gang: ingen modtagere', body: { contentType: 'text', content: 'x' } } };
    const outcomes = await sendEachOnce(graph, MAILBOX, [refused, mail('ved siden af')], { resume: false, property: MEMBER_MAIL_CORRELATION_PROPERTY });
    expect(outcomes.get('test:ingen')).toMatchObject({ kind: 'not-sent', error: { status: 400 } });
    expect(outcomes.get('test:ved siden af')).toMatchObject({ kind: 'sent', now: true });
    expect(await delivered('ved siden af')).toBe(1);
  });
});
