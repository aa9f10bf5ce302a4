import { expect, test, type Page } from '@playwright/test';
import { webcrypto } from 'node:crypto';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { minutesHash, type MinutesContent } from '../../src/domain/minutes/minutes-content';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { sandboxGraph } from './support/sandbox-api';

/**
 * Issue 15, point 7: a person with several roles lands on the role with something waiting for them, else on the one
 * with the nearest meeting — never on an empty chair tab ahead of a member's meeting; the address's role still wins.
 * Mette Lund Kjær (seeded) is a member of the steering group and a co-chair of the theme group. With nothing for her
 * to approve she lands where her nearest meeting is; once minutes of the theme group await her approval she lands on
 * the chair tab with them; "#/member" still opens the member tab.
 *
 * Named to run after trust.spec.ts, which writes version 1 of the theme group's held meeting's minutes itself: here
 * the secretariat's next version is put before the co-chairs (as "Send til formandskabet" records it, earlier ones
 * superseded), so it works on a fresh sandbox and after that spec alike.
 */

const [KSG, TAEK] = SANDBOX_FORUMS;
const METTE = 'mette.lund.kjaer@regionfjord.example';
const KATRINE = 'katrine.holm@regionfjord.example';
const CHAIRS = ['birgitte.lauritsen@bakkedal.example', METTE];

interface Item {
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

const graph = sandboxGraph;

const meetingsOf = async (siteId: string): Promise<Item[]> =>
  (await graph<{ value: Item[] }>(METTE, 'GET', `/sites/${siteId}/lists/Meetings/items?expand=fields&$top=500`)).body.value;

/** The tab Mette's nearest meeting not yet over belongs to, from both forums' Meetings lists as they are now. */
async function nearestMeetingTab(): Promise<'Medlem' | 'Formandskab'> {
  const now = new Date().toISOString();
  const coming = async (siteId: string, tab: 'Medlem' | 'Formandskab') =>
    (await meetingsOf(siteId))
      .filter((m) => m.fields.Status !== 'cancelled' && String(m.fields.End) > now)
      .map((m) => ({ tab, start: String(m.fields.Start) }));
  const all = [...(await coming(KSG.siteId, 'Medlem')), ...(await coming(TAEK.siteId, 'Formandskab'))].sort((a, b) =>
    a.start.localeCompare(b.start),
  );
  const first = all[0];
  if (!first) throw new Error('Mette has no coming meetings in either forum');
  return first.tab;
}

/**
 * The theme group's last meeting held, its minutes put before the co-chairs by the secretariat: a new version with
 * content no chair has answered yet (an approval of the same content under an earlier version would count for it).
 */
async function minutesAwaitTheChairs(): Promise<number> {
  const held = (await meetingsOf(TAEK.siteId))
    .filter((m) => m.fields.Status === 'held' && m.fields.Kind !== 'planning')
    .sort((a, b) => String(b.fields.Start).localeCompare(String(a.fields.Start)))[0];
  if (!held) throw new Error('the theme group has no held meeting');
  const site = `/sites/${TAEK.siteId}`;
  const versions = (
    await graph<{ value: Item[] }>(KATRINE, 'GET', `${site}/lists/MinutesVersions/items?expand=fields&$top=500`)
  ).body.value.filter((v) => v.fields.MeetingId === held.id);
  const n = Math.max(0, ...versions.map((v) => Number(v.fields.Version))) + 1;
  const content: MinutesContent = {
    meetingId: held.id,
    forumName: 'Temagruppen for ældre og kronisk syge',
    forumShortName: 'TÆK',
    meetingTitle: String(held.fields.Title),
    start: String(held.fields.Start),
    end: String(held.fields.End),
    form: 'video',
    attendance: CHAIRS.map((email) => ({ email, name: email, organisation: '', presence: 'online' as const, chair: true })),
    items: [
      {
        agendaItemId: 't1',
        number: 1,
        title: 'Forløbsprogram for KOL',
        recommendations: ['at temagruppen godkender forløbsprogrammet'],
        referat: 'Temagruppen drøftede programmet.',
        beslutning: 'Forløbsprogrammet blev godkendt med de aftalte rettelser.',
      },
    ],
  };
  const hash = await minutesHash(content, async (bytes) => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  for (const old of versions.filter((v) => v.fields.Status === 'awaiting-approval')) {
    expect((await graph(KATRINE, 'PATCH', `${site}/lists/MinutesVersions/items/${old.id}/fields`, { Status: 'superseded' })).status).toBe(
      200,
    );
  }
  const created = await graph<Item>(KATRINE, 'POST', `${site}/lists/MinutesVersions/items`, {
    fields: {
      Title: `Referat ${String(held.fields.Title)} v${n}`,
      MeetingId: held.id,
      Version: n,
      VersionKey: `${held.id}:${n}`,
      ContentHash: hash,
      Status: 'awaiting-approval',
      SnapshotJson: JSON.stringify(content),
    },
  });
  expect(created.status).toBe(201);
  return n;
}

async function expectTab(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name })).toBeVisible();
}

test('a member of one forum and co-chair of another lands on the role with something due, else the nearest meeting; the address still wins', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Both roles are offered; with nothing to approve, the nearest meeting decides.
  const nearest = await nearestMeetingTab();
  await signInAs(page, 'Mette Lund Kjær');
  await expect(page.getByRole('tab', { name: 'Medlem' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Formandskab' })).toBeVisible();
  await expectTab(page, nearest);
  if (nearest === 'Medlem')
    await expect(page.getByRole('heading', { name: 'Mine møder – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
  await page.getByRole('button', { name: 'Skift bruger' }).click();

  // Minutes of the theme group await her approval: she lands on the chair tab, with them in her queue.
  const version = await minutesAwaitTheChairs();
  await signInAs(page, 'Mette Lund Kjær');
  await expectTab(page, 'Formandskab');
  await expect(page.getByRole('heading', { name: 'Formandskab – Temagruppen for ældre og kronisk syge' })).toBeVisible();
  const queue = page.getByRole('region', { name: 'Til godkendelse' });
  await expect(queue.getByRole('link', { name: new RegExp(`^Åbn og godkend version ${version} af referatet`) })).toBeVisible({
    timeout: 20_000,
  });
  await expect(queue.getByText('Ingen referater venter på din godkendelse')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'two-roles-landing');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectTab(page, 'Formandskab');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The address's role wins over what is due.
  await page.goto('/#/member');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached({ timeout: 20_000 });
  await expectTab(page, 'Medlem');
  await expect(page.getByRole('heading', { name: 'Mine møder – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
  await expectNothingCovers(page);
  // Choosing a tab puts it in the address; a reload keeps it.
  await page.getByRole('tab', { name: 'Formandskab' }).click();
  await expect(page).toHaveURL(/#\/chair$/);
  await page.getByRole('tab', { name: 'Medlem' }).click();
  await page.reload();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached({ timeout: 20_000 });
  await expectTab(page, 'Medlem');
  await expectNothingCovers(page);
});
