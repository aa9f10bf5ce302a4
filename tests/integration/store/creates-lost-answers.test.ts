import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/graph-types';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { Fields, listItemsUrl, type GraphListItem } from '../../../src/store/list-item';
import { MembersStore } from '../../../src/store/members-store';
import { MeetingRegistrationStore } from '../../../src/store/register-meeting';
import type { ListName } from '../../../src/store/schema';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * Creates whose answer is lost after SharePoint made the item ("act, then answer 504"): each makes exactly one item
 * and reports success — a create on a unique key is repeated and meets its own 409, a create without one is found
 * by looking (docs/ARCHITECTURE.md §5) — and a plain 504 (nothing made) still fails.
 */
let sb: TestSandbox;
let graph: Graph;
const REF = TEST_FORUMS.steering;

beforeAll(async () => {
  sb = await startTestSandbox();
  graph = createGraph({
    tokens: new SandboxTokenProvider(sb.url, TEST_PEOPLE.secretary.mail),
    scopes: ['Sites.ReadWrite.All'],
    baseUrl: sb.graphUrl,
    sleep: () => Promise.resolve(),
  });
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

async function fault(list: ListName, kind: 'act-then-504' | 'act-then-drop' | '504'): Promise<void> {
  expect(
    (
      await call(sb, 'POST', '/_sandbox/faults', {
        body: { match: { method: 'POST', path: `/lists/${list}/items$` }, fault: { kind }, count: 1 },
      })
    ).status,
  ).toBe(201);
}

async function count(list: ListName, column: string, value: string): Promise<number> {
  const items = await graph.all<GraphListItem>(listItemsUrl(REF.siteId, list, { top: 500 }));
  return items.filter((i) => Fields.of(i).text(column) === value).length;
}

describe('a create whose answer is lost after the item was made', () => {
  it.each(['act-then-504', 'act-then-drop'] as const)(
    'a meeting registered from Outlook (no unique key) is found, once (%s)',
    async (kind) => {
      await fault('Meetings', kind);
      const registered = await new MeetingRegistrationStore(graph, REF).register({
        kind: 'extraordinary',
        title: `Tabt svar ${kind}`,
        start: '2026-11-26T09:00:00+01:00',
        end: '2026-11-26T10:00:00+01:00',
        form: 'video',
        eventId: `event-${kind}`,
        eventOwner: TEST_PEOPLE.secretary.mail,
      });
      expect(registered).toMatchObject({ created: true, meeting: { title: `Tabt svar ${kind}` } });
      expect(await count('Meetings', 'CorrelationId', `outlook:event-${kind}`)).toBe(1);
    },
  );

  it('a member added (no unique key) is found by address, once; with nothing made the error stands', async () => {
    const input = {
      name: 'Mona Mistet',
      email: 'mona.mistet@testkommune.example',
      organisation: 'Test Kommune',
      organisationKind: 'municipality' as const,
      jobTitle: 'Chef',
      role: 'member' as const,
      external: true,
    };
    await fault('Members', 'act-then-504');
    const added = await new MembersStore(graph, REF).add(input);
    expect(added).toMatchObject({ created: true, member: { member: { email: input.email } } });
    expect(await count('Members', 'Email', input.email)).toBe(1);

    await fault('Members', '504');
    await expect(new MembersStore(graph, REF).add({ ...input, email: 'nils.nej@testkommune.example' })).rejects.toMatchObject({
      status: 504,
      uncertain: true,
    });
    expect(await count('Members', 'Email', 'nils.nej@testkommune.example')).toBe(0);
  });

  it('an action (unique CorrelationId) is repeated, meets its own 409 and returns the one made', async () => {
    await fault('Actions', 'act-then-504');
    const action = await new ActionsStore(graph).create(REF, {
      title: 'Følg op på tabt svar',
      ownerEmail: TEST_PEOPLE.chair.mail,
      ownerName: TEST_PEOPLE.chair.displayName,
      due: '2026-12-01',
      meetingId: '2',
      correlationId: 'dialog-tabt-svar',
    });
    expect(action.title).toBe('Følg op på tabt svar');
    expect(await count('Actions', 'CorrelationId', 'dialog-tabt-svar')).toBe(1);
  });
});
