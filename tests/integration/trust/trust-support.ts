import type { Forum, Meeting, MinutesVersion } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import type { Seed, SeedPerson } from '../../../src/sandbox/seed/types';
import { ForumStore } from '../../../src/store/forum-stores';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { contentFor, minutesSeed, NOW, outbox, setup, SITE, store } from '../minutes/minutes-support';

/**
 * The forgeries of issue 13, tried as an ordinary member would: Otto (a user of the secretariat's tenant) and Gerda
 * (a B2B guest from a municipality's tenant), both plain members of the steering group, with their own tokens —
 * nothing but what SharePoint's own pages would let them do. Each against a site provisioned with the plan (the
 * tenant refuses the write) and one left as a new group site is (every member may edit every item: the app must
 * notice and refuse). The forum has two co-chairs: Cecilie (tenant) and Gustav (guest).
 */

const person = (id: string, displayName: string, mail: string, organisation: string, account: SeedPerson['account']): SeedPerson => {
  const [givenName = '', ...rest] = displayName.split(' ');
  return {
    id,
    displayName,
    givenName,
    surname: rest.join(' '),
    mail,
    jobTitle: 'Direktør',
    organisation,
    organisationKind: 'municipality',
    account,
  };
};

export const GERDA = person(
  '11111111-0000-4000-a000-000000000006',
  'Gerda Gæst',
  'gerda.gaest@andenkommune.example',
  'Anden Kommune',
  'guest',
);
export const OTTO = TEST_PEOPLE.outsider;
/** The forum's two co-chairs: Cecilie (of the tenant) and Gustav (a guest). */
export const CECILIE = TEST_PEOPLE.chair.mail;
export const GUSTAV = TEST_PEOPLE.guest.mail;

export const ATTACKERS = [
  ['an ordinary member', OTTO.mail],
  ['a guest from another tenant', GERDA.mail],
] as const;

export type SiteMode = 'provisioned' | 'inherited';

function seedFor(mode: SiteMode): Seed {
  return {
    ...minutesSeed,
    people: [...minutesSeed.people, GERDA],
    forums: minutesSeed.forums.map((f, i) =>
      i === 0
        ? {
            ...f,
            sitePermissions: mode,
            members: [...f.members, { person: OTTO.mail, role: 'member' as const }, { person: GERDA.mail, role: 'member' as const }],
          }
        : f,
    ),
  };
}

export interface Scene {
  readonly sb: TestSandbox;
  /** The secretary's Graph facade and the forum as the secretary's app loaded it before the attack. */
  readonly graph: Graph;
  readonly forum: Forum;
  readonly meeting: Meeting;
}

export async function scene(mode: SiteMode): Promise<Scene> {
  const sb = await startTestSandbox(seedFor(mode), { now: () => NOW });
  return { sb, ...(await setup(sb)) };
}

/** The secretary freezes the minutes and asks the co-chairs, as "Send til formandskabet" does. */
export async function frozen(t: Scene): Promise<MinutesVersion> {
  const { version } = await store(t.graph).freeze(t.forum, t.meeting, contentFor(t.meeting));
  await store(t.graph).requestApprovals(t.forum, version);
  return version;
}

export interface Written {
  readonly status: number;
  readonly id?: string;
}

/** A write with the attacker's own token, straight at Graph (what SharePoint's pages do on their behalf). */
export async function write(t: Scene, user: string, method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Written> {
  const res = await call<{ id?: string }>(t.sb, method, `${SITE}${path}`, {
    token: await tokenFor(t.sb, user),
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, ...(res.body && typeof res.body === 'object' && res.body.id ? { id: res.body.id } : {}) };
}

/** The list item whose field has this value (read as the secretary). */
export async function itemWhere(
  t: Scene,
  list: string,
  field: string,
  value: string,
): Promise<{ id: string; fields: Record<string, unknown> }> {
  const res = await call<{ value: { id: string; fields: Record<string, unknown> }[] }>(
    t.sb,
    'GET',
    `${SITE}/lists/${list}/items?expand=fields&$top=500`,
    { token: await tokenFor(t.sb, TEST_PEOPLE.secretary.mail) },
  );
  const found = res.body.value.find((i) => String(i.fields[field] ?? '').toLowerCase() === value.toLowerCase());
  if (!found) throw new Error(`no ${list} item with ${field} = ${value}`);
  return found;
}

/**
 * Every mail that left the forum: the outbox (addresses outside the tenant) and the forum mailbox's Sent Items.
 * "Nothing is sent" means both are empty for the subject.
 */
export async function mailsSent(t: Scene, subjectStart: string): Promise<string[]> {
  const external = (await outbox(t.sb, subjectStart)).map((m) => m.subject);
  const token = await tokenFor(t.sb, TEST_PEOPLE.secretary.mail);
  const mailbox = minutesSeed.forums[0]?.sharedMailbox.mail ?? '';
  const res = await call<{ value: { subject: string }[] }>(
    t.sb,
    'GET',
    `/users/${encodeURIComponent(mailbox)}/mailFolders/sentitems/messages?$select=subject&$top=200`,
    { token },
  );
  return [...external, ...res.body.value.map((m) => m.subject).filter((s) => s.startsWith(subjectStart))];
}

/** The forum as a person's app would load it now. */
export async function forumAs(t: Scene, user: string): Promise<Forum> {
  const { graph } = await graphFor(t.sb, user);
  return new ForumStore(graph).load(TEST_FORUMS.steering);
}
