import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { addDays } from '../../src/domain/calendar-date';
import { parseCommissorium, PRESETS } from '../../src/domain/commissorium';
import { copenhagenDate, utcToCopenhagenLocal } from '../../src/domain/copenhagen-time';
import { danishLongDate, danishTimeSpan } from '../../src/domain/meeting-invitation';
import { deadlinesFor, type DeadlineKind } from '../../src/domain/year-plan';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/** The secretariat books next year's plan from the Teams tab page (signed in to the sandbox outside Teams). */
test("the secretariat books next year's plan in the Teams tab view", async ({ page }) => {
  test.setTimeout(90_000);
  const next = new Date().getFullYear() + 1;
  await page.goto('/teams.html');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Log ind som Katrine Holm' }).click();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();

  await page.getByRole('button', { name: `Vis ${next}` }).click();
  const year = page.getByRole('region', { name: `Årets møder ${next}` });
  await expect(year).toBeVisible();
  await year.getByRole('button', { name: `Læg årsplan for ${next}` }).click();

  const dialog = page.getByRole('dialog', { name: `Årsplan ${next}` });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Møder i årsplanen' });
  // Header + one row per ordinary meeting of the commissorium (4, or more when another spec changed the settings).
  await expect(table.getByRole('row').nth(4)).toBeVisible();
  const meetings = (await table.getByRole('row').count()) - 1;
  expect(meetings).toBeGreaterThanOrEqual(4);
  // The seed's planned (unbooked) March meeting is adopted, not duplicated.
  await expect(table.getByText('Findes – bookes nu')).toHaveCount(1);
  await expect(dialog.getByText('Tjekker formandskabets og sekretariatets kalendere …')).toHaveCount(0, { timeout: 15_000 });
  // Lene Damgaard chairs from a municipality outside the tenant: her calendar is unknown, never "free".
  await expect(table.getByText(/Ukendt: .*Lene Damgaard/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'year-plan-dialog');

  await dialog.getByRole('button', { name: `Book ${meetings} møder` }).click();
  await expect(dialog.getByText(new RegExp(`${meetings} møder er booket i gruppekalenderen`))).toBeVisible({ timeout: 30_000 });
  await expectNothingCovers(page);
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectNothingCovers(page);

  await expect(year.getByRole('list', { name: `Årets møder ${next}` })).toBeVisible();
  for (const n of [2, 3, 4]) await expect(year.getByRole('button', { name: `Åbn mødet Møde ${n}/${next}` })).toBeVisible();
  await expect(year.getByText('Booket').first()).toBeVisible();
  await expect(year.getByText(`Frist for punkter til Møde 2/${next}`)).toBeVisible();
  await expect(year.getByText('Planlagt')).toHaveCount(0);

  // Booking again finds nothing left to book.
  await year.getByRole('button', { name: `Læg årsplan for ${next}` }).click();
  await expect(page.getByRole('button', { name: `Alle møder i ${next} er allerede booket.` })).toBeDisabled();
  await expectNothingCovers(page);
  await page.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectNothingCovers(page);

  // The year exports as an iCalendar file.
  const download = page.waitForEvent('download');
  await year.getByRole('button', { name: 'Eksportér som kalender (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`ksg-${next}.ics`);
  // Booked events carry the calendar's own UIDs (an import updates members' invitations, never duplicates them),
  // and the Teams link is in the description Outlook shows.
  const ics = readFileSync(await file.path(), 'utf8').replace(/\r\n /g, '');
  const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1] ?? '');
  expect(uids.length).toBeGreaterThan(4);
  expect(uids.filter((u) => u.endsWith('@sekretariat'))).toEqual([]);
  expect(ics).toMatch(/^DESCRIPTION:Deltag i Teams-mødet: https:\/\//m);
  await screenshot(page, 'year-plan-booked');
});

const KSG = SANDBOX_FORUMS[0];
const KATRINE = 'katrine.holm@regionfjord.example';
const JONAS = 'jonas.vestergaard@regionfjord.example';

interface Item {
  readonly id: string;
  readonly fields: Readonly<Record<string, string | undefined>>;
}
interface GraphEvent {
  readonly subject?: string;
  readonly isCancelled?: boolean;
  readonly body?: { readonly content?: string };
  readonly onlineMeeting?: { readonly joinUrl?: string } | null;
}

/** GET over Graph with a seeded person's own token, as the app would: the status and the body. */
async function graph<T>(user: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${path}`, { headers: { Authorization: `Bearer ${await sandboxToken(user)}` } });
  return { status: res.status, body: (await res.json()) as T };
}

/** The forum's meeting item called `title` and the planning meeting that prepares it, as the Meetings list has them now. */
async function meetingAndPlanning(title: string): Promise<{ meeting: Item; planning: Item | undefined }> {
  const items = (await graph<{ value: Item[] }>(KATRINE, `/sites/${KSG.siteId}/lists/Meetings/items?expand=fields&$top=500`)).body.value;
  const meeting = items.find((i) => i.fields.Title === title && i.fields.Kind !== 'planning');
  if (!meeting) throw new Error(`${title} is not in the Meetings list`);
  const planning = items.find(
    (i) => i.fields.Kind === 'planning' && (i.fields.Prepares === meeting.id || i.fields.Prepares === meeting.fields.CorrelationId),
  );
  return { meeting, planning };
}

const eventPath = (i: Item, group = false): string =>
  group
    ? `/groups/${KSG.groupId}/events/${i.fields.EventId ?? ''}`
    : `/users/${i.fields.EventOwner ?? KATRINE}/events/${i.fields.EventId ?? ''}`;
const eventOf = async (i: Item, group = false): Promise<GraphEvent> =>
  (await graph<GraphEvent>(KATRINE, `${eventPath(i, group)}?$select=subject,body,onlineMeeting,isCancelled`)).body;

/** What the invitation of a meeting held at these times says: when, and its two deadlines (the forum's commissorium). */
async function invitationLines(start: string, end: string): Promise<string[]> {
  const forum = (await graph<{ value: Item[] }>(KATRINE, `/sites/${KSG.siteId}/lists/Forum/items?expand=fields`)).body.value[0];
  const c = parseCommissorium(forum?.fields.SettingsJson ?? '{}') ?? PRESETS['horsens-2024'];
  const day = (kind: DeadlineKind): string =>
    danishLongDate(deadlinesFor('m', copenhagenDate(new Date(start)), c).find((d) => d.kind === kind)?.date ?? '');
  return [
    `${danishLongDate(start)} ${danishTimeSpan(start, end)}`,
    `Dagsordenen udsendes senest ${day('agenda-sent')}`,
    `senest ${day('submissions-close')}`,
  ];
}

/** "10. juni 2027": how the planning meeting's subject names the meeting it prepares. */
const dayName = (iso: string): string => danishLongDate(iso).replace(/^\S+ den /, '');

/** The year `next` in the secretariat's home, booked (the first test books it; alone, this books it the same way). */
async function bookedYear(page: Page, next: number): Promise<Locator> {
  await signInAs(page, 'Katrine Holm');
  await page.getByRole('button', { name: `Vis ${next}` }).click();
  const year = page.getByRole('region', { name: `Årets møder ${next}` });
  await expect(year).toBeVisible();
  if ((await year.getByRole('button', { name: `Åbn mødet Møde 2/${next}` }).count()) === 0) {
    await year.getByRole('button', { name: `Læg årsplan for ${next}` }).click();
    const dialog = page.getByRole('dialog', { name: `Årsplan ${next}` });
    await expect(dialog.getByText('Tjekker formandskabets og sekretariatets kalendere …')).toHaveCount(0, { timeout: 15_000 });
    await dialog.getByRole('button', { name: /^Book \d+ møder$/ }).click();
    await expect(dialog.getByText(/møder er booket i gruppekalenderen/)).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(year.getByRole('button', { name: `Åbn mødet Møde 2/${next}` })).toBeVisible();
  return year;
}

/**
 * Issue 15, point 2: the secretariat moves a booked meeting with "Flyt mødet" in the year; the invitation the
 * attendees get is written again by the booking's builder — the new date, time and deadlines, never the old ones, with
 * Exchange's Teams block and the same Teams meeting — and the planning meeting moves and names the new date.
 * "Aflys mødet" cancels a meeting and its planning meeting. Read back from the sandbox over Graph.
 */
test('moving a booked meeting rewrites its invitation and moves its planning meeting; cancelling cancels both', async ({ page }) => {
  test.setTimeout(120_000);
  const next = new Date().getFullYear() + 1;
  const year = await bookedYear(page, next);

  const title = `Møde 2/${next}`;
  const before = await meetingAndPlanning(title);
  if (!before.planning) throw new Error(`${title} has no planning meeting`);
  const oldEvent = await eventOf(before.meeting, true);
  const joinUrl = oldEvent.onlineMeeting?.joinUrl ?? '';
  expect(joinUrl).toMatch(/^https:\/\//);
  const oldLines = await invitationLines(before.meeting.fields.Start ?? '', before.meeting.fields.End ?? '');
  for (const line of oldLines) expect(oldEvent.body?.content).toContain(line);
  const oldPlanning = await eventOf(before.planning);

  // A week later, at 13.00.
  await year.getByRole('button', { name: `Handlinger for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Flyt mødet' }).click();
  const dialog = page.getByRole('dialog', { name: `Flyt ${title}` });
  await expect(dialog).toBeVisible();
  await expectNothingCovers(page);
  const date = dialog.getByLabel('Ny dato');
  const newDate = addDays(await date.inputValue(), 7);
  await date.fill(newDate);
  await dialog.getByLabel('Nyt starttidspunkt').fill('13:00');
  await expect(dialog.getByText('Deltagerne får en opdateret invitation. Planlægningsmødet og fristerne flyttes med.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'moved-meeting');
  await dialog.getByRole('button', { name: 'Flyt mødet' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(`${title} er flyttet. Deltagerne har fået besked.`).last()).toBeVisible();
  await expectNothingCovers(page);

  const after = await meetingAndPlanning(title);
  const start = after.meeting.fields.Start ?? '';
  const end = after.meeting.fields.End ?? '';
  expect(utcToCopenhagenLocal(new Date(start)).slice(0, 16)).toBe(`${newDate}T13:00`);
  // The invitation: the new date, time and deadlines from the booking's builder, none of the old; the Teams block kept.
  const moved = await eventOf(after.meeting, true);
  const body = moved.body?.content ?? '';
  const newLines = await invitationLines(start, end);
  for (const line of newLines) expect(body).toContain(line);
  for (const line of oldLines) expect(body).not.toContain(line);
  expect(moved.subject).toBe(oldEvent.subject);
  expect(moved.onlineMeeting?.joinUrl).toBe(joinUrl);
  expect(body).toContain('Microsoft Teams-møde');
  expect(body).toContain(joinUrl);
  expect(body.indexOf(newLines[0] ?? '')).toBeLessThan(body.indexOf('Microsoft Teams-møde'));
  // The planning meeting moved with it and names the new date; its own Teams meeting stays.
  const planning = after.planning;
  if (!planning) throw new Error('the planning meeting is gone');
  expect(planning.fields.Start).not.toBe(before.planning.fields.Start);
  expect((planning.fields.Start ?? '') < start).toBe(true);
  const pEvent = await eventOf(planning);
  // "<forum>: Planlægningsmøde før møde 2/2027 (29. april 2027)": the new day in brackets.
  expect(pEvent.subject).toContain(`(${dayName(start)})`);
  expect(pEvent.subject).not.toBe(oldPlanning.subject);
  expect(pEvent.body?.content).toContain(
    `${danishLongDate(planning.fields.Start ?? '')} ${danishTimeSpan(planning.fields.Start ?? '', planning.fields.End ?? '')}`,
  );
  expect(pEvent.body?.content).not.toContain(danishLongDate(before.planning.fields.Start ?? ''));
  expect(pEvent.onlineMeeting?.joinUrl).toBe(oldPlanning.onlineMeeting?.joinUrl);
  await screenshot(page, 'moved-meeting-year');

  // "Aflys mødet" on the next one: the meeting and its planning meeting are cancelled for everyone invited.
  const cancelTitle = `Møde 3/${next}`;
  const toCancel = await meetingAndPlanning(cancelTitle);
  if (!toCancel.planning) throw new Error(`${cancelTitle} has no planning meeting`);
  const planningSubject = (await eventOf(toCancel.planning)).subject ?? '';
  await year.getByRole('button', { name: `Handlinger for ${cancelTitle}` }).click();
  await page.getByRole('menuitem', { name: 'Aflys mødet' }).click();
  const cancel = page.getByRole('dialog', { name: `Aflys ${cancelTitle}` });
  await expect(
    cancel.getByText('Alle inviterede får en aflysning. Planlægningsmødet aflyses også, og fristerne fjernes fra kalenderen.'),
  ).toBeVisible();
  await expectNothingCovers(page);
  await cancel.getByRole('button', { name: 'Aflys mødet' }).click();
  await expect(cancel).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(`${cancelTitle} er aflyst.`).last()).toBeVisible();
  await expectNothingCovers(page);
  const cancelled = await meetingAndPlanning(cancelTitle);
  expect(cancelled.meeting.fields.Status).toBe('cancelled');
  expect(cancelled.planning?.fields.Status).toBe('cancelled');
  expect((await graph(KATRINE, eventPath(toCancel.meeting, true))).status).toBe(404);
  expect((await graph(KATRINE, eventPath(toCancel.planning))).status).toBe(404);
  // A co-chair's copy of the planning meeting stays in his calendar, marked cancelled (Exchange prefixes "Canceled: ").
  const pStart = toCancel.planning.fields.Start ?? '';
  const pEnd = toCancel.planning.fields.End ?? '';
  const view = await graph<{ value: GraphEvent[] }>(JONAS, `/me/calendarView?startDateTime=${pStart}&endDateTime=${pEnd}&$top=50`);
  expect(view.body.value.filter((e) => e.subject?.endsWith(planningSubject)).map((e) => [e.subject, e.isCancelled])).toEqual([
    [`Canceled: ${planningSubject}`, true],
  ]);
});
