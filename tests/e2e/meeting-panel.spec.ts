import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  TEAMS_HOST_URL,
  TEAMS_VALID_DOMAINS,
  TEAMS_VALID_DOMAINS_URL,
  teamsHostPage,
  type TeamsMeetingFrame,
} from '../../bench/fake-teams-host';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/lib/headless-chromium';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { threadOfJoinUrl } from '../../src/domain/meeting-panel/teams-meeting';
import { expectNoSeriousA11yViolations } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { resetSandbox, SANDBOX_URL, sandboxGraph } from './support/sandbox-api';

/**
 * Issue 19 pt 4, in the meeting: the forum's last held meeting (Møde 3, hybrid, booked with a Teams link, its agenda
 * seeded) opened as a Teams meeting's side panel, in Chromium inside a stand-in Teams client at the side panel's
 * 320 px. The browser's clock is fixed at 13 minutes past the meeting's start, so the slots say item 2 (09.10–09.40) is
 * due. The secretariat starts item 2 — three minutes late for its 30 minutes: "3 min bagud" —, marks who joined from
 * Teams' attendance report, writes Referat and Beslutning, and finds them after a reload; a co-chair sees the same
 * agenda and minutes with nothing to edit; a Teams meeting that is no forum meeting says so.
 */

// The stand-in Teams client is on a public https origin framing the app on localhost.
test.use({
  viewport: { width: 320, height: 900 },
  launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs({ publicHostFramesLocalhost: true }) },
});

const KSG = SANDBOX_FORUMS[0];
if (!KSG) throw new Error('no sandbox forum');
const KATRINE = { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };
const JONAS = { name: 'Jonas Vestergaard', email: 'jonas.vestergaard@regionfjord.example' };
const SHOTS = 'test-results/screens';
const TITLE = `Møde 3/${new Date().getFullYear()}`;

interface Item {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

/** The held meeting: its join link and start, from the forum's Meetings list as the app reads it. */
async function heldMeeting(): Promise<{ joinUrl: string; start: string; end: string }> {
  const res = await sandboxGraph<{ value: Item[] }>(
    KATRINE.email,
    'GET',
    `/sites/${KSG?.siteId}/lists/Meetings/items?expand=fields&$top=500`,
  );
  const meeting = res.body.value.find((m) => m.fields.Title === TITLE && m.fields.Kind !== 'planning');
  if (!meeting || typeof meeting.fields.JoinUrl !== 'string') throw new Error(`${TITLE} has no Teams link in the seed`);
  return { joinUrl: meeting.fields.JoinUrl, start: String(meeting.fields.Start), end: String(meeting.fields.End) };
}

async function userId(email: string): Promise<string> {
  const users = (await (await fetch(`${SANDBOX_URL}/_sandbox/users`)).json()) as { id: string; mail: string }[];
  const found = users.find((u) => u.mail === email);
  if (!found) throw new Error(`no sandbox user ${email}`);
  return found.id;
}

/** Opens the Teams client with the app in the meeting's frame; answers the app's frame once its panel has loaded. */
async function openInMeeting(page: Page, app: string, person: { name: string; email: string }, meeting: TeamsMeetingFrame): Promise<Frame> {
  const user = { id: await userId(person.email), ...person };
  await page
    .context()
    .route(TEAMS_HOST_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(`${app}/teams.html`, user, meeting) }),
    );
  await page
    .context()
    .route(TEAMS_VALID_DOMAINS_URL, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: TEAMS_VALID_DOMAINS }));
  await page.goto(TEAMS_HOST_URL);
  return appFrame(page);
}

async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/teams.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/teams.html'));
  if (!frame) throw new Error('the Teams client did not frame the app');
  return frame;
}

/**
 * Screenshots of the 320 px side panel as a person sees it: from its top (the clock), and — when `at` is given — with
 * that part of the panel scrolled into view (the panel scrolls inside its frame, so a full-page shot shows one screen).
 */
async function shot(page: Page, frame: Frame, name: string, at?: Locator): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await frame.evaluate(() => window.scrollTo(0, 0));
  await expectNothingCovers(frame);
  await page.screenshot({ path: `${SHOTS}/panel-${name}.png` });
  if (!at) return;
  await at.scrollIntoViewIfNeeded();
  await expectNothingCovers(frame);
  await page.screenshot({ path: `${SHOTS}/panel-${name}-item.png` });
}

/** Reflow (WCAG 1.4.10): nothing in the 320 px side panel scrolls sideways. */
async function expectNoSidewaysScroll(frame: Frame): Promise<void> {
  expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

// The seed as it was: earlier journeys in the same run circulate Møde 3's minutes, defer items and end forums.
test.beforeAll(resetSandbox);

test('the side panel in a forum meeting: clock, attendance from Teams, minutes saved; the co-chair reads the same, read only', async ({
  page,
  browser,
  baseURL,
}) => {
  const app = baseURL ?? '';
  const held = await heldMeeting();
  const chatId = threadOfJoinUrl(held.joinUrl) ?? '';
  expect(chatId).toMatch(/^19:meeting_/);
  const inMeeting: TeamsMeetingFrame = { frameContext: 'sidePanel', meetingId: 'MCMxOTptZWV0aW5n', chatId };
  // A session of the Teams meeting has ended: Teams' attendance report names a co-chair who was on the invitation and
  // an outside consultant who was not.
  const report = await fetch(`${SANDBOX_URL}/_sandbox/attendance-report`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      joinWebUrl: held.joinUrl,
      start: held.start,
      end: new Date(Date.parse(held.start) + 10 * 60_000).toISOString(),
      attendees: [{ address: JONAS.email }, { address: 'sara.konsulent@raadgivning.example', name: 'Sara Konsulent' }],
    }),
  });
  expect(report.status).toBe(201);
  const at = new Date(Date.parse(held.start) + 13 * 60_000);
  await page.clock.setFixedTime(at);

  const frame = await openInMeeting(page, app, KATRINE, inMeeting);
  await expect(frame.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText('Mødepanelet er indlæst')).toBeAttached();
  await expect(frame.getByText('Du skriver referat som sekretariat.')).toBeVisible();
  const clock = frame.getByRole('region', { name: 'Tidsplan' });
  await expect(clock.getByText('Klokken er 09.13')).toBeVisible();
  await expect(clock.getByText('Ifølge tidsplanen nu: punkt 2. Fælles model for udskrivelse af ældre medicinske patienter')).toBeVisible();
  await expect(clock.getByText('Intet punkt er markeret som i gang.')).toBeVisible();

  // The agenda with each item's slot; item 2 is due, and the secretariat starts it.
  const item2 = frame.getByRole('region', { name: /^2\. Fælles model for udskrivelse/ });
  await expect(item2.getByText('kl. 09.10–09.40')).toBeVisible();
  await expect(item2.getByText('Nu ifølge tidsplan')).toBeVisible();
  await item2.getByRole('button', { name: 'Start punkt 2' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Punkt 2 er markeret som i gang.' })).toBeVisible();
  await expect(clock.getByText('3 min bagud')).toBeVisible();
  await expect(clock.getByText('I gang: punkt 2. Fælles model for udskrivelse af ældre medicinske patienter')).toBeVisible();
  await expect(clock.getByText('30 min tilbage af punktet')).toBeVisible();
  await expect(item2.getByText('I gang', { exact: true })).toBeVisible();
  await expectNothingCovers(frame);

  // Attendance from Teams: the co-chair is already counted in the room; the consultant is added as a guest.
  await expect(frame.getByText('2 personer har været med i Teams-mødet.')).toBeVisible();
  await expect(frame.getByText('1 af dem er ikke markeret som til stede.')).toBeVisible();
  await frame.getByRole('button', { name: 'Markér fremmøde fra Teams' }).click();
  await expect(frame.getByRole('status').filter({ hasText: '1 markeret fra Teams.' })).toBeVisible();
  await frame.getByRole('button', { name: 'Vis fremmøde' }).click();
  await expect(frame.getByRole('combobox', { name: 'Deltagelse for Sara Konsulent' })).toHaveValue('guest');
  await expect(frame.getByRole('combobox', { name: 'Deltagelse for Jonas Vestergaard' })).toHaveValue('room');
  // The secretariat's correction: the consultant took part online, not as a guest in the room.
  await frame.getByRole('combobox', { name: 'Deltagelse for Sara Konsulent' }).selectOption('online');
  await expect(frame.getByText('Alle er markeret i deltagerlisten.')).toBeVisible();
  await expectNothingCovers(frame);

  // Referat and Beslutning with the minutes editor's fields and autosave.
  await item2.getByRole('textbox', { name: /^Referat/ }).fill('Yrsa Thomsen gennemgik modellen. Kommunerne bakker op.');
  await item2.getByRole('textbox', { name: /^Beslutning/ }).fill('Klyngestyregruppen godkendte modellen.');
  await item2.getByRole('textbox', { name: /^Beslutning/ }).blur();
  await expect(item2.getByRole('status').filter({ hasText: /^Gemt kl\./ })).toHaveCount(2);
  await expect(frame.getByRole('region', { name: 'Deltagere' }).getByText(/^Gemt kl\./)).toBeVisible();
  await expectNoSidewaysScroll(frame);
  await expectNoSeriousA11yViolations(page, frame);
  await shot(page, frame, 'secretariat', item2);

  // After a reload the minutes, the correction and the running item are what was saved.
  await page.reload();
  const again = await appFrame(page);
  const item2Again = again.getByRole('region', { name: /^2\. Fælles model for udskrivelse/ });
  await expect(item2Again.getByRole('textbox', { name: /^Referat/ })).toHaveValue(
    'Yrsa Thomsen gennemgik modellen. Kommunerne bakker op.',
    {
      timeout: 20_000,
    },
  );
  await expect(item2Again.getByRole('textbox', { name: /^Beslutning/ })).toHaveValue('Klyngestyregruppen godkendte modellen.');
  await expect(item2Again.getByText('I gang', { exact: true })).toBeVisible();
  await expect(again.getByRole('region', { name: 'Tidsplan' }).getByText('3 min bagud')).toBeVisible();
  await again.getByRole('button', { name: 'Vis fremmøde' }).click();
  await expect(again.getByRole('combobox', { name: 'Deltagelse for Sara Konsulent' })).toHaveValue('online');
  await expectNothingCovers(again);

  // The co-chair, in the same meeting: the same agenda, clock and minutes — and nothing to edit.
  const chairContext = await browser.newContext({
    baseURL: app,
    viewport: { width: 320, height: 900 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const chairPage = await chairContext.newPage();
  await chairPage.clock.setFixedTime(at);
  const chair = await openInMeeting(chairPage, app, JONAS, inMeeting);
  await expect(chair.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  await expect(chair.getByText('Du ser dagsorden og referat som medformand. Kun sekretariatet kan skrive.')).toBeVisible();
  await expect(chair.getByRole('region', { name: 'Tidsplan' }).getByText('3 min bagud')).toBeVisible();
  const chairItem2 = chair.getByRole('region', { name: /^2\. Fælles model for udskrivelse/ });
  await expect(chairItem2.getByText('kl. 09.10–09.40')).toBeVisible();
  await expect(chairItem2.getByText('Yrsa Thomsen gennemgik modellen. Kommunerne bakker op.')).toBeVisible();
  await expect(chairItem2.getByText('Klyngestyregruppen godkendte modellen.')).toBeVisible();
  await expect(chair.getByRole('region', { name: 'Fremmøde' }).getByText('Sara Konsulent – Online')).toBeVisible();
  // Read only means no field at all: no text box, no choice, no button that writes.
  await expect(chair.getByRole('textbox')).toHaveCount(0);
  await expect(chair.getByRole('combobox')).toHaveCount(0);
  await expect(chair.getByRole('button')).toHaveCount(0);
  await expectNoSidewaysScroll(chair);
  await expectNoSeriousA11yViolations(chairPage, chair);
  await shot(chairPage, chair, 'chair', chairItem2);
  await chairContext.close();
});

test('a Teams meeting that is no forum meeting says so', async ({ page, baseURL }) => {
  const frame = await openInMeeting(page, baseURL ?? '', KATRINE, {
    frameContext: 'sidePanel',
    meetingId: 'MCMxOTpvdGhlcg',
    chatId: '19:meeting_ikkeetforummoede@thread.v2',
  });
  await expect(frame.getByRole('heading', { level: 1, name: 'Ikke et forummøde' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByText(/Dette Teams-møde hører ikke til et møde i jeres fora i Sekretariat\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page, frame);
  await shot(page, frame, 'not-forum');
});
