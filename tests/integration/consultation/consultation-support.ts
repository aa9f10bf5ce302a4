import type { Seed, SeedPerson } from '../../../src/sandbox/seed/types';
import { call, type TestSandbox } from '../support/sandbox';
import { testSeed, TEST_PEOPLE } from '../support/test-seed';
import { MAILBOX, messageId } from '../intake/intake-support';

const external = (n: number, name: string, org: string): SeedPerson => ({
  id: `11111111-0000-4000-b000-0000000000${String(n).padStart(2, '0')}`,
  displayName: name,
  givenName: name.split(' ')[0] ?? name,
  surname: name.split(' ').slice(1).join(' '),
  mail: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${org.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
  jobTitle: 'Direktør',
  organisation: org,
  organisationKind: 'municipality',
  account: 'external',
});

/** Nine more members outside the tenant (and one member's substitute): with the test seed's three, twelve recipients. */
export const EXTRA = [
  external(1, 'Anna Aalund', 'Aalund Kommune'),
  external(2, 'Bent Bakke', 'Bakke Kommune'),
  external(3, 'Carl Carlsen', 'Carlsby Kommune'),
  external(4, 'Dorte Dahl', 'Dahl Kommune'),
  external(5, 'Erik Enge', 'Enge Kommune'),
  external(6, 'Frida Fjord', 'Fjord Kommune'),
  external(7, 'Gitte Gran', 'Gran Kommune'),
  external(8, 'Hans Holm', 'Holm Kommune'),
  external(9, 'Ida Isager', 'Isager Kommune'),
] as const;
export const SUBSTITUTE = external(10, 'Sanne Stedfortraeder', 'Bakke Kommune');

export const consultationSeed: Seed = {
  ...testSeed,
  people: [...testSeed.people, ...EXTRA, SUBSTITUTE],
  forums: testSeed.forums.map((f, i) =>
    i === 0
      ? {
          ...f,
          members: [
            ...f.members,
            ...EXTRA.map((p) =>
              p === EXTRA[1]
                ? { person: p.mail, role: 'member' as const, substitute: SUBSTITUTE.mail }
                : { person: p.mail, role: 'member' as const },
            ),
          ],
        }
      : f,
  ),
};

/** A reply to the consultation as a raw .eml into the forum mailbox. */
export async function deliverReply(
  sb: TestSandbox,
  from: { name: string; address: string },
  subject: string,
  body: string,
  headers: readonly string[] = [],
): Promise<string> {
  const id = messageId('reply');
  const raw = [
    `From: ${from.name} <${from.address}>`,
    `To: Testsekretariatet <${MAILBOX}>`,
    `Subject: ${subject}`,
    `Message-ID: ${id}`,
    `Date: ${new Date().toUTCString()}`,
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
  const res = await call(sb, 'POST', `/_sandbox/mail?mailbox=${encodeURIComponent(MAILBOX)}`, {
    body: raw,
    headers: { 'Content-Type': 'message/rfc822' },
  });
  if (res.status !== 202) throw new Error(`deliver: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

export const who = (p: { displayName: string; mail: string }) => ({ name: p.displayName, address: p.mail });
export { TEST_PEOPLE };
