import { expect, test } from '@playwright/test';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { appointmentState, simulateOutlookAppointment } from './support/fake-office';
import { expectNoSeriousA11yViolations, screenshot } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

const SANDBOX = SANDBOX_URL;
const KATRINE = { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };
const KSG = SANDBOX_FORUMS[0];
const EWS_ID = 'AAMkAGE1M2IyNGNm/AAA+BBBa=';
const REST_ID = 'AAMkAGE1M2IyNGNm-AAA_BBBa=';

interface MeetingItem {
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The KSG Meetings items registered for the appointment, read from the sandbox as the secretary. */
async function registeredItems(): Promise<MeetingItem[]> {
  const token = await sandboxToken(KATRINE.email);
  const filter = encodeURIComponent(`fields/CorrelationId eq 'outlook:${REST_ID}'`);
  const res = await fetch(`${SANDBOX}/v1.0/sites/${KSG.siteId}/lists/Meetings/items?expand=fields&$filter=${filter}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { value: MeetingItem[] }).value;
}

/** A start this year (the year view shows this year), at 13:00 Copenhagen two days from now — or two days ago at year end. */
function startThisYear(): Date {
  const now = new Date();
  const later = new Date(now.getTime() + 2 * 86_400_000);
  const day = later.getUTCFullYear() === now.getUTCFullYear() ? later : new Date(now.getTime() - 2 * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12, 0, 0));
}

test('the appointment command fills a new Outlook appointment as a KSG meeting and registers it in the year plan', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  const start = startThisYear();
  await simulateOutlookAppointment(page, KATRINE, {
    subject: '',
    start: start.toISOString(),
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    location: '',
    ewsId: EWS_ID,
  });
  await page.goto('/outlook-taskpane.html');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  const panel = page.getByRole('region', { name: 'Book som forummøde' });
  await expect(panel).toBeVisible();

  // The secretary is secretariat in two forums: she picks KSG and an ordinary meeting.
  await panel.getByLabel('Forum', { exact: true }).selectOption({ label: 'Klyngestyregruppen for Fjordklyngen' });
  await panel.getByLabel('Mødetype').selectOption('ordinary');
  await panel.getByRole('button', { name: 'Udfyld aftalen' }).click();
  await expect(panel.getByRole('status')).toContainText('Aftalen er udfyldt');
  // The appointment's own 30 minutes stand until the secretary chooses the forum's length.
  expect((await appointmentState(page)).end).toBe(new Date(start.getTime() + 30 * 60_000).toISOString());
  await panel.getByRole('checkbox', { name: 'Brug forummets mødelængde (2 timer) i stedet for aftalens' }).check();
  await panel.getByRole('button', { name: 'Udfyld aftalen' }).click();
  await expect(panel.getByRole('status')).toContainText('Aftalen er udfyldt');

  const filled = await appointmentState(page);
  // Forum and meeting in the subject; the meeting named as the app names new ones, with the next number free that year.
  expect(filled.subject).toMatch(new RegExp(`^Klyngestyregruppen for Fjordklyngen: Møde \\d+/${start.getUTCFullYear()}$`));
  const title = filled.subject.replace(/^Klyngestyregruppen for Fjordklyngen: /, '');
  expect(filled.start).toBe(start.toISOString());
  // The commissorium's two hours from the start the secretary chose.
  await expect.poll(async () => (await appointmentState(page)).end).toBe(new Date(start.getTime() + 120 * 60_000).toISOString());
  expect(filled.location).toBe('Mødelokale 3.12, Fjordhospitalet, Havnegade 12, Fjordby');
  expect(filled.requiredAttendees).toEqual(
    expect.arrayContaining([
      'jonas.vestergaard@regionfjord.example',
      'lene.damgaard@fjordby.example',
      'trine.frost@privat.example',
      'anne.bisgaard@regionfjord.example',
    ]),
  );
  expect(filled.requiredAttendees).not.toContain(KATRINE.email);
  expect(new Set(filled.requiredAttendees).size).toBe(filled.requiredAttendees.length);
  expect(filled.requiredAttendees).toHaveLength(15);
  expect(filled.optionalAttendees).toEqual([]);
  expect(filled.bodyType).toBe('html');
  expect(filled.body).toContain(`${title} i Klyngestyregruppen for Fjordklyngen`);
  expect(filled.body).toContain('Punkter til dagsordenen sendes til');
  const links = (body: string): string[] => body.match(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^"<\s]+/g) ?? [];
  const joinUrl = links(filled.body)[0];
  expect(joinUrl).toBeDefined();
  expect(new Set(links(filled.body)).size).toBe(1);

  // Filling again (a second thought) keeps one link: the same Teams meeting, not a second one.
  await panel.getByRole('button', { name: 'Udfyld aftalen' }).click();
  await expect(panel.getByRole('status')).toContainText('Aftalen er udfyldt');
  expect(new Set(links((await appointmentState(page)).body))).toEqual(new Set([joinUrl]));

  await screenshot(page, 'outlook-appointment-filled');
  await panel.getByRole('button', { name: 'Gem og registrér' }).click();
  await expect(panel.getByRole('status')).toContainText('er gemt og registreret i Klyngestyregruppen for Fjordklyngen');
  await expectNothingCovers(page);
  expect((await appointmentState(page)).saves).toBe(1);

  const items = await registeredItems();
  expect(items).toHaveLength(1);
  expect(items[0]?.fields).toMatchObject({
    Title: title,
    Kind: 'ordinary',
    Form: 'hybrid',
    Status: 'booked',
    Location: 'Mødelokale 3.12, Fjordhospitalet, Havnegade 12, Fjordby',
    EventId: REST_ID,
    EventOwner: KATRINE.email,
    JoinUrl: joinUrl,
    CorrelationId: `outlook:${REST_ID}`,
  });
  expect(Date.parse(String(items[0]?.fields.Start))).toBe(start.getTime());
  expect(Date.parse(String(items[0]?.fields.End))).toBe(start.getTime() + 120 * 60_000);

  // The home reloaded: the meeting is in the secretariat's year of meetings, one tab away from the booking.
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await page.getByRole('tab', { name: 'Årets møder og opgaver' }).click();
  const year = page.getByRole('region', { name: `Årets møder ${start.getUTCFullYear()}` });
  // Its name is its own: no other meeting that year has it.
  await expect(year.getByRole('button', { name: `Åbn mødet ${title}`, exact: true })).toHaveCount(1);
  await expect(year.getByRole('button', { name: `Åbn mødet ${title}`, exact: true })).toBeVisible();

  // Pressing again updates the same item: never a second registration.
  await page.getByRole('tab', { name: 'Aftalen' }).click();
  await panel.getByRole('button', { name: 'Gem og registrér' }).click();
  await expect(panel.getByRole('status')).toContainText('var allerede registreret');
  expect((await appointmentState(page)).saves).toBe(2);
  // …under the same name: filled again after it was registered, it does not count itself and take the next number.
  const again = await registeredItems();
  expect(again).toHaveLength(1);
  expect(again[0]?.fields.Title).toBe(title);
  expect((await appointmentState(page)).subject).toBe(filled.subject);

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The pane is one screen high now (the year is behind its tab), so the "updated" toast sits over it until it
  // leaves: judge the settled pane, as the add-to-agenda spec does.
  await expect(page.locator('.fui-ToastTitle')).toHaveCount(0, { timeout: 15_000 });
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'outlook-appointment-booked');
});
