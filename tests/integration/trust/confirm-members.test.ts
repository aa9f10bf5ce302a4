import { MembersStore } from '../../../src/store/members-store';
import { graphFor } from '../support/graph-for';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { GERDA, itemWhere, OTTO, scene, write, type Scene } from './trust-support';

/**
 * On a site without the permissions, the secretariat finds the Members rows someone else wrote or changed, checks
 * them and confirms them: afterwards each is the secretariat's (created and last changed by an owner) and counts.
 */
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

async function members(s: Scene): Promise<MembersStore> {
  return new MembersStore((await graphFor(s.sb, TEST_PEOPLE.secretary.mail)).graph, TEST_FORUMS.steering);
}

it('lists rows others wrote as unverified; confirming re-saves one the secretariat created and replaces one it did not', async () => {
  t = await scene('inherited');
  const otto = await itemWhere(t, 'Members', 'Email', OTTO.mail);
  expect((await write(t, OTTO.mail, 'PATCH', `/lists/Members/items/${otto.id}/fields`, { Role: 'chair' })).status).toBe(200);
  const forged = await write(t, GERDA.mail, 'POST', '/lists/Members/items', {
    fields: { Title: 'Gerda Gæst (2)', Email: 'gerda.anden@andenkommune.example', Role: 'chair' },
  });
  expect(forged.status).toBe(201);

  const store = await members(t);
  const listed = await store.list();
  const unverified = listed.filter((m) => m.member.unverified).map((m) => [m.member.email, m.member.role, m.member.unverified?.listedRole]);
  expect(unverified.sort()).toEqual([
    ['gerda.anden@andenkommune.example', 'observer', 'chair'],
    [OTTO.mail, 'observer', 'chair'],
  ]);

  // The secretariat checked both rows: Otto's (created by the secretariat) is saved again, Gerda's is replaced.
  for (const row of listed.filter((m) => m.member.unverified)) await store.confirm(row);
  const after = await store.list();
  expect(after.filter((m) => m.member.unverified)).toEqual([]);
  expect(
    after
      .filter((m) => m.member.role === 'chair')
      .map((m) => m.member.email)
      .sort(),
  ).toEqual(['gerda.anden@andenkommune.example', OTTO.mail, TEST_PEOPLE.chair.mail, TEST_PEOPLE.guest.mail].sort());
  expect(after.filter((m) => m.member.email === 'gerda.anden@andenkommune.example')).toHaveLength(1);
  expect(after.find((m) => m.member.email === OTTO.mail)?.member.id).toBe(otto.id);
});
