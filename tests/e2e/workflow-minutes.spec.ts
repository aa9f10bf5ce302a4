import { expect, test, type Browser, type Page } from '@playwright/test';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { parseApprovalRoute } from '../../src/domain/minutes/approval-link';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { pdfText, pdfWords } from '../support/pdf-reading';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * Issue 6's whole journey in Chromium: the secretariat writes the minutes of the last meeting held and sends them to
 * the co-chairs (two in Teams' activity feed, the guest chair by mail); Jonas approves in the approval view his
 * notification links to; Yrsa requests a change on item 3; the secretariat edits and sends again; Yrsa sees what
 * changed and approves, Jonas is asked again and approves, Lene approves from her mail's link; the secretariat
 * circulates once and the members receive the final PDF; an action from item 3's decision is on the next meeting's
 * agenda.
 */

const KSG = SANDBOX_FORUMS[0];
// The seed names meetings as the app does (src/domain/meeting-names.ts): "Møde 3/2026".
const HELD = `Møde 3/${new Date().getFullYear()}`;
const NEXT = `Møde 4/${new Date().getFullYear()}`;
const KATRINE = 'katrine.holm@regionfjord.example';
const JONAS = 'jonas.vestergaard@regionfjord.example';
const YRSA = 'yrsa.thomsen@regionfjord.example';
const LENE = 'lene.damgaard@fjordby.example';
const METTE = 'mette.lund.kjaer@regionfjord.example';

interface Activity {
  readonly createdDateTime: string;
  readonly activityType: string;
  readonly topic: { readonly webUrl?: string };
}

async function activities(recipient: string): Promise<Activity[]> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/activity?recipient=${encodeURIComponent(recipient)}`);
  return ((await res.json()) as { value: Activity[] }).value.filter((a) => a.activityType === 'approvalRequested');
}

/** The in-app route a Teams deep link's subEntityId names (what the Teams tab starts at). */
function routeOf(teamsLink: string | undefined): string {
  const context = new URL(teamsLink ?? '').searchParams.get('context') ?? '{}';
  const target = parseApprovalRoute((JSON.parse(context) as { subEntityId?: string }).subEntityId);
  if (!target) throw new Error(`not an approval link: ${teamsLink}`);
  return `/#/approve/${target.groupId}/${target.versionId}`;
}

async function graph<T>(user: string, path: string): Promise<T> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${path}`, { headers: { Authorization: `Bearer ${await sandboxToken(user)}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** A PDF in the sandbox's drive, as running words (pdfWords). */
async function pdfAt(user: string, path: string): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${path}`, { headers: { Authorization: `Bearer ${await sandboxToken(user)}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return pdfWords(Buffer.from(await res.arrayBuffer()));
}

async function personPage(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, name);
  return page;
}

async function openMeeting(page: Page, title: string): Promise<void> {
  const open = page.getByRole('button', { name: `Åbn mødet ${title}` }).first();
  await expect(page.getByRole('region', { name: /^Årets møder / })).toBeVisible();
  // Once its minutes are approved the meeting's month is finished and folded in the year: unfold it.
  if (!(await open.isVisible())) await page.getByRole('button', { name: /^Vis .+ \(\d+ møder?\)$/ }).click();
  await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNothingCovers(page);
}

async function openEditor(page: Page): Promise<void> {
  await openMeeting(page, HELD);
  await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referat – ${HELD}` })).toBeVisible();
  await expectNothingCovers(page);
}

async function sendToChairs(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send til formandskabet' }).first().click();
  // The journey writes one item only: the confirmation names the ones nothing is written under, then sends anyway.
  await expect(
    page.getByText(/^Der står intet referat og ingen beslutning under \d+ punkter: punkt 1 \(Velkomst og godkendelse af dagsorden\)/),
  ).toBeVisible();
  await expectNothingCovers(page);
  await page.getByRole('button', { name: 'Send alligevel' }).click();
  await expect(page.getByText('Sendt til 3 medformænd: 2 i Teams, 1 på mail.')).toBeVisible({ timeout: 30_000 });
  await expectNothingCovers(page);
}

async function answer(page: Page, route: string, decision: 'Godkend' | 'Anmod om ændringer', itemComment?: string): Promise<void> {
  await page.goto(route);
  await expect(page.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible({ timeout: 20_000 });
  if (itemComment)
    await page
      .getByRole('article', { name: /Punkt 3/ })
      .getByRole('textbox', { name: 'Kommentar til punkt 3' })
      .fill(itemComment);
  await page.getByRole('button', { name: decision, exact: true }).click();
  await expect(page.getByText(decision === 'Godkend' ? /Dit svar: Godkendt/ : /Dit svar: Ønsker ændringer/)).toBeVisible();
  await expectNothingCovers(page);
}

/** The newest mail to Lene (outside Teams) asking for approval: its link to the web app's approval view. */
async function leneRoute(after: number): Promise<string> {
  const res = await fetch(`${SANDBOX_URL}/_sandbox/outbox?to=${encodeURIComponent(LENE)}`);
  const mails = ((await res.json()) as { value: { subject: string; body: { content: string }; attachments?: { contentType: string }[] }[] })
    .value;
  const requests = mails.filter((m) => /til godkendelse: Referat/i.test(m.subject));
  expect(requests.length).toBe(after);
  const latest = requests.at(-1);
  expect(latest?.attachments?.some((a) => a.contentType === 'application/pdf')).toBe(true);
  const link = /https?:\/\/[^"'\s<>]+#\/approve\/[^"'\s<>]+/.exec(latest?.body.content ?? '')?.[0] ?? '';
  return `/${new URL(link).hash}`;
}

test('minutes are written, approved by every co-chair (once more after a change), circulated once; an action reaches the next agenda', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const firstDecision = `Klyngestyregruppen tog status til efterretning ${stamp}.`;
  const changedDecision = `Klyngestyregruppen tog status til efterretning og beder om en plan for akutfunktionerne ${stamp}.`;
  const actionTitle = `Plan for akutfunktionerne ${stamp}`;
  const before = { jonas: (await activities(JONAS)).length, yrsa: (await activities(YRSA)).length };
  const leneBefore = (
    (await (await fetch(`${SANDBOX_URL}/_sandbox/outbox?to=${encodeURIComponent(LENE)}`)).json()) as {
      value: { subject: string; body: { content: string } }[];
    }
  ).value.filter((m) => /til godkendelse: Referat/i.test(m.subject)).length;

  // 1. The secretariat writes item 3's Referat and Beslutning, makes an action of the decision, and sends to the chairs.
  await signInAs(page, 'Katrine Holm');
  await openEditor(page);
  const item3 = page.getByRole('region', { name: /^3\. / });
  await item3.getByRole('textbox', { name: /^Referat/ }).fill(`Lene Damgaard gennemgik status ${stamp}.`);
  const beslutning = item3.getByRole('textbox', { name: /^Beslutning/ });
  await beslutning.fill(firstDecision);
  await beslutning.blur();
  await expect(item3.getByRole('status').filter({ hasText: /^Gemt kl\./ })).toHaveCount(2, { timeout: 15_000 });

  await item3.getByRole('button', { name: /^Opret opfølgning/ }).click();
  const create = page.getByRole('dialog', { name: 'Opret opfølgning' });
  await create.getByLabel('Hvad skal gøres').fill(actionTitle);
  const owner = create.getByRole('combobox', { name: /Ansvarlig/ });
  await owner.click();
  await owner.pressSequentially('Mette');
  await page.getByRole('option', { name: /Mette Lund Kjær/ }).click();
  await create.getByRole('button', { name: 'Opret' }).click();
  await expect(create).toBeHidden();

  await sendToChairs(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workflow-minutes-sent');

  // Jonas and Yrsa got a Teams activity with a deep link; Lene (a guest: the app is not installed for her) a mail.
  const jonasFirst = await activities(JONAS);
  const yrsaFirst = await activities(YRSA);
  expect(jonasFirst).toHaveLength(before.jonas + 1);
  expect(yrsaFirst).toHaveLength(before.yrsa + 1);
  const v1 = routeOf(jonasFirst.at(-1)?.topic.webUrl);
  expect(routeOf(yrsaFirst.at(-1)?.topic.webUrl)).toBe(v1);
  expect(await leneRoute(leneBefore + 1)).toBe(v1);

  // 2. Jonas approves in the view his notification opens; Yrsa requests a change on item 3.
  const jonas = await personPage(browser, 'Jonas Vestergaard');
  await answer(jonas, v1, 'Godkend');
  const yrsa = await personPage(browser, 'Yrsa Thomsen');
  await answer(yrsa, v1, 'Anmod om ændringer', 'Beslutningen bør nævne en plan for akutfunktionerne.');
  await screenshot(yrsa, 'workflow-minutes-changes-requested');

  // 3. The secretariat sees the request, edits item 3 and sends again: a new version; the chairs are asked again.
  await page.goto('/');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await openMeeting(page, HELD);
  await expect(page.getByRole('dialog').getByText(/Yrsa Thomsen: ønsker ændringer/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('dialog').getByText('Punkt 3: Beslutningen bør nævne en plan for akutfunktionerne.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
  const again = page.getByRole('region', { name: /^3\. / });
  await again.getByRole('textbox', { name: /^Beslutning/ }).fill(changedDecision);
  await again.getByRole('textbox', { name: /^Beslutning/ }).blur();
  await expect(
    again
      .getByRole('status')
      .filter({ hasText: /^Gemt kl\./ })
      .first(),
  ).toBeVisible({ timeout: 15_000 });
  await sendToChairs(page);

  const jonasSecond = await activities(JONAS);
  const yrsaSecond = await activities(YRSA);
  const v2 = routeOf(yrsaSecond.at(-1)?.topic.webUrl);
  expect(v2).not.toBe(v1);
  expect(routeOf(jonasSecond.at(-1)?.topic.webUrl)).toBe(v2);

  // 4. Yrsa sees what changed since the version she answered, and approves; Jonas is asked again and approves;
  //    Lene approves from the link in her mail.
  await yrsa.goto(v2);
  await expect(yrsa.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible({ timeout: 20_000 });
  await expect(yrsa.getByRole('region', { name: /^Ændringer siden version \d+$/ })).toContainText('Punkt 3');
  await expect(
    yrsa
      .getByRole('article', { name: /Punkt 3/ })
      .locator('ins')
      .first(),
  ).toContainText('Tilføjet:');
  await expectNoSeriousA11yViolations(yrsa);
  await screenshot(yrsa, 'workflow-minutes-diff');
  await answer(yrsa, v2, 'Godkend');
  await answer(jonas, v2, 'Godkend');
  const lene = await personPage(browser, 'Lene Damgaard');
  await answer(lene, await leneRoute(leneBefore + 2), 'Godkend');
  await expect(lene.getByText('3 af 3 godkendelser')).toBeVisible();

  // 5. The secretariat circulates: once; the meeting shows "Referat godkendt" with the audit trail.
  await page.goto('/');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await openMeeting(page, HELD);
  const dialog = page.getByRole('dialog');
  // Approved by all three: "Udsend referat" is the dialog's primary action; the confirmation opens in Referat.
  await dialog.getByRole('group', { name: 'Handlinger' }).getByRole('button', { name: 'Udsend referat' }).click();
  await dialog.getByRole('region', { name: 'Referat' }).getByRole('button', { name: 'Udsend', exact: true }).click();
  await expect(dialog.getByText(/Referatet er udsendt til \d+ modtagere\./)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('Referat godkendt').first()).toBeVisible();
  await expect(dialog.getByText(/Lene Damgaard godkendt/)).toBeVisible();
  await expectNothingCovers(page);
  await screenshot(page, 'workflow-minutes-circulated');

  // A member has the final PDF in their mailbox, with the changed decision.
  await expect
    .poll(
      async () =>
        (
          await graph<{ value: { subject: string; hasAttachments: boolean }[] }>(
            METTE,
            `/me/messages?$select=subject,hasAttachments&$top=200`,
          )
        ).value.filter((m) => /^Godkendt referat/i.test(m.subject)).length,
      { timeout: 20_000 },
    )
    .toBe(1);
  const final = (await graph<{ value: { id: string; subject: string }[] }>(METTE, `/me/messages?$select=id,subject&$top=200`)).value.find(
    (m) => /^Godkendt referat/i.test(m.subject),
  );
  const attachments = await graph<{ value: { contentType: string; contentBytes: string }[] }>(
    METTE,
    `/me/messages/${final?.id ?? ''}/attachments`,
  );
  const pdfBytes = Buffer.from(attachments.value.find((f) => f.contentType === 'application/pdf')?.contentBytes ?? '', 'base64');
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdf = pdfText(pdfBytes);
  expect(pdf).toContain(stamp);
  // Laid out as the reference minutes (issue 16 pt 2): approved on a day by the co-chairs, Mødeledere and Referent(er)
  // in the header, those present under their organisations, each item with its time slot and the agenda's fields.
  // Where pdftotext breaks a line depends on the fonts the machine's LibreOffice finds: phrases are read as words.
  const flat = pdfWords(pdfBytes);
  expect(flat).toMatch(/Godkendt \d+\. [a-zæøå]+ \d{4} af .+ og \S/);
  expect(flat).toMatch(/Mødeledere: \S/);
  expect(flat).toMatch(/Referenter?: \S/);
  expect(flat).toMatch(/Deltagere:/);
  expect(flat).toMatch(/ 1\. [^(]+\(kl\. \d\d\.\d\d–\d\d\.\d\d\)/);
  expect(pdf.indexOf('Indstilling')).toBeLessThan(pdf.indexOf('Beslutning'));
  // It ends with the approval appendix: every co-chair, the hash they approved, when and where (Lene from her mail's link).
  const appendix = pdf.slice(pdf.indexOf('Bilag: Formandskabets godkendelse'));
  expect(appendix.replace(/\s+/g, ' ')).toMatch(/Version \d+ af referatet er godkendt af alle 3 medformænd\./);
  for (const name of ['Jonas Vestergaard', 'Yrsa Thomsen', 'Lene Damgaard']) expect(appendix).toContain(name);
  expect(appendix.match(/SHA-256:\s+[0-9a-f]{64}/g)?.length).toBe(4);
  expect(appendix.replace(/\s+/g, ' ')).toMatch(/Godkendt: \d+\. [a-z]+ \d{4} kl\. \d\d\.\d\d i browseren, anmodet på mail/);

  // Circulation closed the version. Yrsa's page, still open from before, offers "Anmod om ændringer": the answer is
  // refused and nothing is recorded. Opened again, her link reads only ("Referatet er udsendt", the final PDF, no buttons).
  await yrsa.getByRole('textbox', { name: 'Samlet kommentar' }).fill('For sent: punkt 3 bør rettes.');
  await yrsa.getByRole('button', { name: 'Anmod om ændringer' }).click();
  await expect(
    yrsa.getByText('Referatet er allerede udsendt – dit svar er ikke gemt. Kontakt sekretariatet, hvis noget skal rettes.').first(),
  ).toBeVisible({ timeout: 20_000 });
  await expectNothingCovers(yrsa);
  await yrsa.reload();
  await expect(yrsa.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible({ timeout: 20_000 });
  await expect(yrsa.getByText(/^Referatet er udsendt .+\. Det kan ikke længere godkendes eller ændres\./)).toBeVisible();
  await expect(yrsa.getByRole('link', { name: 'Det godkendte referat (PDF)' })).toBeVisible();
  await expect(yrsa.getByRole('button', { name: 'Godkend', exact: true })).toHaveCount(0);
  await expect(yrsa.getByRole('button', { name: 'Anmod om ændringer' })).toHaveCount(0);
  await expect(yrsa.getByText('3 af 3 godkendelser')).toBeVisible();
  await expectNothingCovers(yrsa);
  await screenshot(yrsa, 'workflow-minutes-closed-approval');

  // …and the secretariat's editor reads only: "Send til formandskabet" refused, "Genåbn referat" asks why first.
  await page.goto('/');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await openEditor(page);
  await expect(page.getByText(/^Referatet er udsendt .+ og kan ikke ændres\. Genåbn det for at lave en ny version\./)).toBeVisible({
    timeout: 20_000,
  });
  const closedItem3 = page.getByRole('region', { name: /^3\. / });
  await expect(closedItem3.getByRole('textbox', { name: /^Beslutning/ })).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Send til formandskabet' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Genåbn referat' }).click();
  await expect(page.getByRole('textbox', { name: /^Begrundelse/ })).toBeFocused();
  await page.getByRole('button', { name: 'Genåbn', exact: true }).click();
  await expect(page.getByText('Skriv, hvorfor referatet genåbnes.')).toBeVisible();
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'workflow-minutes-closed-editor');
  await page.getByRole('button', { name: 'Annuller' }).click();
  await expect(page.getByRole('button', { name: 'Genåbn referat' })).toBeFocused();

  // 6. The action from item 3's decision is on the next meeting's agenda (Opfølgning på beslutninger).
  await page.goto('/');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await openMeeting(page, NEXT);
  const agenda = page.getByRole('dialog').getByRole('group', { name: 'Dagsorden: dan og send' });
  await agenda.getByRole('button', { name: 'Dan dagsorden' }).click();
  await expect(agenda.getByRole('status')).toContainText('Dagsordenen er dannet i mødets mappe.', { timeout: 30_000 });
  await expectNothingCovers(page);
  const pdfLink = await agenda.getByRole('link', { name: 'Dagsorden (PDF)' }).getAttribute('href');
  const drive = await graph<{ id: string }>(KATRINE, `/sites/${KSG.siteId}/drive`);
  const meetingsFolder = await graph<{ id: string }>(KATRINE, `/sites/${KSG.siteId}/drive/root:/${encodeURIComponent('Møder')}`);
  const folders = await graph<{ value: { id: string; folder?: unknown }[] }>(
    KATRINE,
    `/drives/${drive.id}/items/${meetingsFolder.id}/children`,
  );
  const files = await Promise.all(
    folders.value
      .filter((f) => f.folder !== undefined)
      .map(
        async (f) =>
          (await graph<{ value: { id: string; webUrl: string }[] }>(KATRINE, `/drives/${drive.id}/items/${f.id}/children`)).value,
      ),
  );
  const agendaPdf = files.flat().find((x) => x.webUrl === pdfLink);
  expect(agendaPdf).toBeDefined();
  const text = await pdfAt(KATRINE, `/drives/${drive.id}/items/${agendaPdf?.id ?? ''}/content`);
  expect(text).toContain('Opfølgning på beslutninger');
  expect(text).toContain(actionTitle);
});
