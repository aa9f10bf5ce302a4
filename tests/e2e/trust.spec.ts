import { expect, test } from '@playwright/test';
import { webcrypto } from 'node:crypto';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { minutesHash, type MinutesContent } from '../../src/domain/minutes/minutes-content';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { sandboxGraph } from './support/sandbox-api';

/**
 * Issue 13 as the secretariat meets it. The theme group's site was never provisioned (the seed leaves it so): every
 * member can edit its lists. Katrine sees on the forum's home what the site lacks and what to run. A member rewrites
 * the minutes both co-chairs approved; when Katrine opens the meeting, "Udsend referat" refuses and says why, in
 * Danish, and what to do.
 */

const TAEK = SANDBOX_FORUMS[1];
const SITE = `/sites/${TAEK.siteId}`;
const KATRINE = 'katrine.holm@regionfjord.example';
const CHAIRS = ['birgitte.lauritsen@bakkedal.example', 'mette.lund.kjaer@regionfjord.example'];
const FORGER = 'poul.erik.winther@regionfjord.example';

const graph = sandboxGraph;

interface Item {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

const sha256 = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes));

function minutesOf(meeting: Item, decision: string): MinutesContent {
  return {
    meetingId: meeting.id,
    forumName: 'Temagruppen for ældre og kronisk syge',
    forumShortName: 'TÆK',
    meetingTitle: String(meeting.fields.Title),
    start: String(meeting.fields.Start),
    end: String(meeting.fields.End),
    form: 'video',
    attendance: CHAIRS.map((email) => ({ email, name: email, organisation: '', presence: 'online' as const, chair: true })),
    items: [
      {
        agendaItemId: 't1',
        number: 1,
        title: 'Forløbsprogram for KOL',
        recommendations: ['at temagruppen godkender forløbsprogrammet'],
        referat: 'Temagruppen drøftede programmet.',
        beslutning: decision,
      },
    ],
  };
}

test('the secretariat sees what the site lacks, and why forged minutes are not circulated', async ({ page }) => {
  // The last meeting of the theme group that has been held.
  const meetings = await graph<{ value: Item[] }>(KATRINE, 'GET', `${SITE}/lists/Meetings/items?expand=fields&$top=500`);
  const held = meetings.body.value
    .filter((m) => m.fields.Status === 'held' && m.fields.Kind !== 'planning')
    .sort((a, b) => String(b.fields.Start).localeCompare(String(a.fields.Start)))[0];
  if (!held) throw new Error('the theme group has no held meeting');
  const title = String(held.fields.Title);

  // The secretariat froze the minutes (as "Send til formandskabet" does) and both co-chairs approved them.
  const content = minutesOf(held, 'Forløbsprogrammet blev godkendt.');
  const hash = await minutesHash(content, sha256);
  const version = await graph<{ id: string }>(KATRINE, 'POST', `${SITE}/lists/MinutesVersions/items`, {
    fields: {
      Title: `Referat ${title} v1`,
      MeetingId: held.id,
      Version: 1,
      VersionKey: `${held.id}:1`,
      ContentHash: hash,
      Status: 'awaiting-approval',
      SnapshotJson: JSON.stringify(content),
    },
  });
  expect(version.status).toBe(201);
  for (const chair of CHAIRS) {
    const answer = await graph(chair, 'POST', `${SITE}/lists/Approvals/items`, {
      fields: {
        Title: 'Godkendt',
        MinutesVersionId: version.body.id,
        MeetingId: held.id,
        ContentHash: hash,
        Decision: 'approved',
        Channel: 'teams',
      },
    });
    expect(answer.status).toBe(201);
  }
  // A member rewrites the approved decision (the unprovisioned site lets him).
  const forged = await graph(FORGER, 'PATCH', `${SITE}/lists/MinutesVersions/items/${version.body.id}/fields`, {
    SnapshotJson: JSON.stringify(minutesOf(held, 'Forløbsprogrammet blev forkastet.')),
  });
  expect(forged.status).toBe(200);

  await signInAs(page, 'Katrine Holm');
  await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Temagruppen for ældre og kronisk syge' });
  await expectNothingCovers(page);
  const protection = page.getByRole('region', { name: 'Beskyttelse af forummets beslutninger' });
  await expect(protection.getByText(/Forummets SharePoint-websted mangler \d+ af de rettigheder/)).toBeVisible({ timeout: 20_000 });
  await expect(protection.getByText(`sekretariat provision --site ${TAEK.siteId}`, { exact: false })).toBeVisible();
  await protection.getByText('Hvad mangler?').click();
  await expect(protection.getByText(/^Members: arver rettigheder fra webstedet/)).toBeVisible();
  await screenshot(page, 'trust-site-lacks-permissions');
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('button', { name: `Åbn mødet ${title}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const refusal = dialog.getByText(
    'Referatet er ændret efter godkendelsen af Poul Erik Winther, som ikke er sekretariatet – send en ny version til formandskabet.',
  );
  await expect(refusal).toBeVisible({ timeout: 20_000 });
  await expectNothingCovers(page);
  const circulate = dialog.getByRole('button', { name: 'Udsend referat' });
  await expect(circulate).toBeDisabled();
  // Still reachable by keyboard, and it says why it cannot be used.
  await expect(circulate).toHaveAttribute('aria-describedby', /minutes-why-/);
  await refusal.scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: 'test-results/screens/trust-forged-minutes-refused.png' });
  await expectNoSeriousA11yViolations(page);
});

test('actions someone else wrote are set aside for the secretariat, shown as text, to confirm or delete', async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10);
  const action = (title: string, correlationId: string, owner: string) => ({
    fields: {
      Title: title,
      OwnerEmail: owner,
      OwnerName: 'Poul Erik Winther',
      Due: `${today}T00:00:00Z`,
      MeetingId: 'e2e-earlier-meeting',
      Status: 'open',
      CorrelationId: correlationId,
    },
  });
  // The secretariat's action for Poul Erik, which he marks done on the action itself (as the earlier plan had it) …
  const ours = await graph<{ id: string }>(
    KATRINE,
    'POST',
    `${SITE}/lists/Actions/items`,
    action('Beskriv KOL-forløbet', 'e2e-aside-1', FORGER),
  );
  expect(ours.status).toBe(201);
  expect((await graph(FORGER, 'PATCH', `${SITE}/lists/Actions/items/${ours.body.id}/fields`, { Status: 'done' })).status).toBe(200);
  // … and one he invents, its text meant to be markup.
  const invented = await graph(FORGER, 'POST', `${SITE}/lists/Actions/items`, action('<b>Klik her</b>', 'e2e-aside-2', FORGER));
  expect(invented.status).toBe(201);

  await signInAs(page, 'Katrine Holm');
  await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Temagruppen for ældre og kronisk syge' });
  const section = page.getByRole('region', { name: 'Opfølgning' });
  const aside = section.getByRole('list', { name: '2 opgaver er skrevet eller ændret af andre end sekretariatet' });
  await expect(aside).toBeVisible({ timeout: 20_000 });
  await expect(aside.getByText('<b>Klik her</b>', { exact: true })).toBeVisible();
  await expect(aside.locator('b')).toHaveCount(0);
  await expect(aside.getByText(/Udført · ændret af Poul Erik Winther/)).toBeVisible();
  await aside.scrollIntoViewIfNeeded();
  await screenshot(page, 'trust-actions-set-aside');
  await expectNoSeriousA11yViolations(page);

  await section.getByRole('button', { name: 'Bekræft: Beskriv KOL-forløbet' }).click();
  await expect(section.getByText('"Beskriv KOL-forløbet" er bekræftet som sekretariatets.')).toBeVisible({ timeout: 20_000 });
  await section.getByRole('button', { name: 'Slet: <b>Klik her</b>' }).click();
  await section.getByRole('button', { name: 'Ja, slet: <b>Klik her</b>' }).click();
  await expect(section.getByText('"<b>Klik her</b>" er slettet.')).toBeVisible({ timeout: 20_000 });
  await expect(section.getByRole('list', { name: /andre end sekretariatet/ })).toHaveCount(0);
  // Confirmed as it read: done, so not among the open follow-up either.
  await expect(section.getByText('Beskriv KOL-forløbet')).toHaveCount(0);
});

/**
 * A one-hour meeting at 10.00 (Copenhagen winter time) `days` from today, in Mødelokale 2, written by Katrine on the
 * theme group's Meetings list — the secretariat's item; answers its id.
 */
async function secretariatMeeting(title: string, days: number, fields: { Kind: string; Status: string }): Promise<string> {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  const made = await graph<{ id: string }>(KATRINE, 'POST', `${SITE}/lists/Meetings/items`, {
    fields: {
      Title: title,
      Form: 'physical',
      Start: start.toISOString(),
      End: new Date(start.getTime() + 3_600_000).toISOString(),
      Location: 'Mødelokale 2',
      ...fields,
    },
  });
  expect(made.status).toBe(201);
  return made.body.id;
}

test('a meeting someone else changed is not mailed about until the secretariat has checked and confirmed it', async ({ page }) => {
  // The theme group's year has no meeting left: the secretariat puts one a week ahead on its list.
  const title = 'Ekstraordinært møde – e2e';
  const next = { id: await secretariatMeeting(title, 7, { Kind: 'extraordinary', Status: 'booked' }) };
  // A member moves the meeting's place to an address of his (the unprovisioned site lets him).
  const forged = await graph(FORGER, 'PATCH', `${SITE}/lists/Meetings/items/${next.id}/fields`, { Location: 'Se www.udenfor.example' });
  expect(forged.status).toBe(200);

  await signInAs(page, 'Katrine Holm');
  await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Temagruppen for ældre og kronisk syge' });
  // Moving it would write the invitation again with his place to everyone: refused, naming him.
  await page.getByRole('button', { name: `Handlinger for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Flyt mødet' }).click();
  const move = page.getByRole('dialog');
  await move.getByRole('button', { name: 'Flyt mødet' }).click();
  await expect(
    move.getByText(/^Ekstraordinært møde – e2e er ændret af Poul Erik Winther, ikke af sekretariatet, så det er ikke flyttet/),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expectNothingCovers(page);
  await move.screenshot({ path: 'test-results/screens/trust-meeting-move-refused.png' });
  await move.getByRole('button', { name: 'Luk' }).click();
  await expect(move).toHaveCount(0);
  await page
    .getByRole('button', { name: `Åbn mødet ${title}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^Mødets oplysninger er ændret af Poul Erik Winther, ikke af sekretariatet/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(dialog.getByText('Se www.udenfor.example')).toBeVisible();
  await expectNothingCovers(page);
  await dialog.screenshot({ path: 'test-results/screens/trust-meeting-changed.png' });
  await expectNoSeriousA11yViolations(page);

  // Sending anyway is refused, saying why again; nothing goes.
  await dialog.getByRole('group', { name: 'Dagsorden: dan og send' }).getByRole('button', { name: 'Send dagsorden' }).click();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog.getByText(/^Mødets oplysninger er ændret af Poul Erik Winther/)).toHaveCount(2, { timeout: 20_000 });

  await dialog.getByRole('button', { name: 'Bekræft mødets oplysninger' }).click();
  await expect(dialog.getByText('Mødets oplysninger er bekræftet som sekretariatets.')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('button', { name: 'Bekræft mødets oplysninger' })).toHaveCount(0);
  await expect(dialog.getByText(/^Mødets oplysninger er ændret af/)).toHaveCount(1);
  // Gone again, for the tests after this one.
  expect((await graph(KATRINE, 'DELETE', `${SITE}/lists/Meetings/items/${next.id}`)).status).toBe(204);
});

test("an attendance a member wrote on a held meeting's item is set aside in the minutes until the secretariat saves hers", async ({
  page,
}) => {
  // A meeting held two days ago on the theme group's list, whose minutes are still to be written.
  const title = 'Temamøde – e2e';
  const id = await secretariatMeeting(title, -2, { Kind: 'ordinary', Status: 'held' });
  // A member saves an attendance of his own on it: a stranger present, the co-chairs absent.
  const planted = [
    { email: 'planted@udenfor.example', name: 'Hr. Udenfor', organisation: 'Udenfor', presence: 'room' },
    ...CHAIRS.map((email) => ({ email, name: email, organisation: '', presence: 'absent' })),
  ];
  const forged = await graph(FORGER, 'PATCH', `${SITE}/lists/Meetings/items/${id}/fields`, { MinutesAttendance: JSON.stringify(planted) });
  expect(forged.status).toBe(200);

  await signInAs(page, 'Katrine Holm');
  await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Temagruppen for ældre og kronisk syge' });
  await page
    .getByRole('button', { name: `Åbn mødet ${title}` })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
  const notice = page.getByText(/^Mødet er senest ændret af Poul Erik Winther, ikke af sekretariatet/);
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Hr. Udenfor')).toHaveCount(0);
  await expectNothingCovers(page);
  await screenshot(page, 'trust-minutes-attendance-set-aside');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Gem fremmødet, som det er vist' }).click();
  await expect(notice).toHaveCount(0, { timeout: 20_000 });
  const saved = await graph<Item>(KATRINE, 'GET', `${SITE}/lists/Meetings/items/${id}?expand=fields`);
  expect(String(saved.body.fields.MinutesAttendance)).not.toContain('planted@udenfor.example');
  // Gone again, for the tests after this one.
  expect((await graph(KATRINE, 'DELETE', `${SITE}/lists/Meetings/items/${id}`)).status).toBe(204);
});
