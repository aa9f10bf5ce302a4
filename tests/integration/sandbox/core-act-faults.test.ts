import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The faults a real tenant produces after it acted: "act, then answer 504" and "act, then drop the connection".
 * The request is carried out — the item created, the mail sent — and only its answer is lost; a plain 504 or drop
 * refuses before anything happens.
 */

interface Item {
  id: string;
  fields?: { Title?: string };
}
interface SubResponse {
  id: string;
  status: number;
  body?: { error?: { code?: string } };
}
interface OutboxMail {
  to: string[];
  subject: string;
}

const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;
const ACTIONS = `${SITE}/lists/Actions/items`;

describe('sandbox: faults that act, then lose the answer', () => {
  let sb: TestSandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  });
  afterAll(() => sb.dispose());
  afterEach(async () => {
    await call(sb, 'DELETE', '/_sandbox/faults');
  });

  const fault = async (rule: unknown): Promise<void> => {
    expect((await call(sb, 'POST', '/_sandbox/faults', { body: rule })).status).toBe(201);
  };
  const titled = async (title: string): Promise<Item[]> =>
    (await call<{ value: Item[] }>(sb, 'GET', `${ACTIONS}?$expand=fields&$top=999`, { token })).body.value.filter(
      (i) => i.fields?.Title === title,
    );
  const outboxTo = async (address: string, subject: string): Promise<OutboxMail[]> =>
    (await call<{ value: OutboxMail[] }>(sb, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(address)}`)).body.value.filter(
      (m) => m.subject === subject,
    );
  const mail = (subject: string): unknown => ({
    message: {
      subject,
      body: { contentType: 'text', content: 'x' },
      toRecipients: [{ emailAddress: { address: TEST_PEOPLE.patient.mail } }],
    },
  });

  it('"act-then-504" creates the item and answers 504; a plain "504" creates nothing', async () => {
    await fault({ match: { method: 'POST', path: '/lists/Actions/items' }, fault: { kind: 'act-then-504' }, count: 1 });
    const lost = await call<{ error: { code: string } }>(sb, 'POST', ACTIONS, { token, body: { fields: { Title: 'act-504' } } });
    expect(lost.status).toBe(504);
    expect(lost.body.error.code).toBe('UnknownError');
    expect(await titled('act-504')).toHaveLength(1);

    await fault({ match: { method: 'POST', path: '/lists/Actions/items' }, fault: { kind: '504' }, count: 1 });
    expect((await call(sb, 'POST', ACTIONS, { token, body: { fields: { Title: 'refused-504' } } })).status).toBe(504);
    expect(await titled('refused-504')).toHaveLength(0);
  });

  it('"act-then-drop" sends the mail and drops the connection without an answer; a plain "drop" sends nothing', async () => {
    await fault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind: 'act-then-drop' }, count: 1 });
    await expect(call(sb, 'POST', '/me/sendMail', { token, body: mail('Sendt, svar tabt') })).rejects.toThrow();
    expect(await outboxTo(TEST_PEOPLE.patient.mail, 'Sendt, svar tabt')).toHaveLength(1);

    await fault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind: 'drop' }, count: 1 });
    await expect(call(sb, 'POST', '/me/sendMail', { token, body: mail('Aldrig sendt') })).rejects.toThrow();
    expect(await outboxTo(TEST_PEOPLE.patient.mail, 'Aldrig sendt')).toHaveLength(0);
    // The rules are spent: the next one goes through with its answer.
    expect((await call(sb, 'POST', '/me/sendMail', { token, body: mail('Normal') })).status).toBe(202);
  });

  it('applies to one $batch sub-request: it is carried out and answered 504 (a drop too), the others answer as usual', async () => {
    await fault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind: 'act-then-504' }, count: 1 });
    await fault({ match: { method: 'POST', path: '/lists/Actions/items' }, fault: { kind: 'act-then-drop' }, count: 1 });
    const requests = [
      { id: 'mail', method: 'POST', url: '/me/sendMail', headers: { 'Content-Type': 'application/json' }, body: mail('I en batch') },
      {
        id: 'item',
        method: 'POST',
        url: ACTIONS,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'batch-drop' } },
      },
      { id: 'read', method: 'GET', url: '/me' },
    ];
    const res = await call<{ responses: SubResponse[] }>(sb, 'POST', '/$batch', { token, body: { requests } });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r) => [r.id, r.status]));
    expect(byId).toEqual({ mail: 504, item: 504, read: 200 });
    expect(await outboxTo(TEST_PEOPLE.patient.mail, 'I en batch')).toHaveLength(1);
    expect(await titled('batch-drop')).toHaveLength(1);
  });

  it('applies to a whole $batch: every sub-request is carried out, the batch answers 504', async () => {
    await fault({ match: { method: 'POST', path: '^/\\$batch$' }, fault: { kind: 'act-then-504' }, count: 1 });
    const requests = [
      {
        id: '1',
        method: 'POST',
        url: ACTIONS,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'whole-batch' } },
      },
      { id: '2', method: 'POST', url: '/me/sendMail', headers: { 'Content-Type': 'application/json' }, body: mail('Hele batchen') },
    ];
    expect((await call(sb, 'POST', '/$batch', { token, body: { requests } })).status).toBe(504);
    expect(await titled('whole-batch')).toHaveLength(1);
    expect(await outboxTo(TEST_PEOPLE.patient.mail, 'Hele batchen')).toHaveLength(1);
  });

  it('a request Graph refuses anyway is still refused, and its answer lost', async () => {
    await fault({ match: { method: 'POST', path: '/sendMail' }, fault: { kind: 'act-then-504' }, count: 1 });
    const noRecipients = await call(sb, 'POST', '/me/sendMail', {
      token,
      body: { message: { subject: 'Ingen modtagere', body: { contentType: 'text', content: 'x' } } },
    });
    expect(noRecipients.status).toBe(504);
    const listed = await call<{ value: unknown[] }>(sb, 'GET', '/_sandbox/faults');
    expect(listed.body.value).toEqual([expect.objectContaining({ remaining: 0 })]);
  });

  it('lists the kinds it knows when given another', async () => {
    const bad = await call<{ error: { message: string } }>(sb, 'POST', '/_sandbox/faults', { body: { fault: { kind: 'act-then-500' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('act-then-504, act-then-drop');
  });
});
