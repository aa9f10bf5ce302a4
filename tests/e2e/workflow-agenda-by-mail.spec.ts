import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { simulateOutlook } from './support/fake-office';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { pdfWords } from '../support/pdf-reading';
import { deliverSubmission, SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * Issue 5 end to end, one journey across the roles: two case presentations arrive by mail in the forum's shared
 * mailbox; the secretariat adds both to the next meeting with Outlook's "Tilføj til dagsorden"; a co-chair accepts
 * one and defers the other in Planlægning; the secretariat generates and sends the agenda; a member's sandbox
 * mailbox then holds the agenda with the PDF, and the PDF lists the accepted item and not the deferred one.
 * It runs after agenda.spec and planning.spec (file order) and takes nothing for granted about what they left.
 */
const SANDBOX = SANDBOX_URL;
const KATRINE = { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };
const SHARED = 'ksg-sekretariat@regionfjord.example';
const MEMBER = 'mette.lund.kjaer@regionfjord.example';

/** Another person at another machine: a fresh browser context (contexts made by hand do not get the config's `use`). */
async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://localhost:${Number(process.env.E2E_APP_PORT ?? 4300)}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  return context.newPage();
}

const mailSubmission = (title: string, messageId: string): Promise<string> =>
  deliverSubmission({
    subject: `Sagsfremstilling: ${title}`,
    messageId,
    html: [
      `<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter ${title}</li></ul>`,
      '<p><b>Sagsfremstilling</b></p><p>Skovlund Kommune har afprøvet en fælles model med almen praksis.</p>',
      '<p><b>Oplægsholder:</b> Lars Harbo, Skovlund Kommune</p><p><b>Tidsforbrug:</b> 15 min</p>',
    ],
  });

/**
 * The secretariat opens the mail in the shared mailbox in (simulated) Outlook and adds it to the forum's next
 * ordinary meeting ("Møde 4/2026", even when its deadline has passed: the secretariat may); answers
 * that meeting's id and title.
 */
async function addThroughOutlook(
  browser: Browser,
  request: APIRequestContext,
  title: string,
): Promise<{ id: string; title: string; year: string }> {
  const messageId = `<${title.replace(/\W+/g, '-')}-${Date.now()}@skovlund.example>`;
  const id = await mailSubmission(title, messageId);
  const page = await personPage(browser);
  await simulateOutlook(page, KATRINE, {
    subject: `Sagsfremstilling: ${title}`,
    from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
    internetMessageId: messageId,
    itemId: id,
    sharedMailbox: SHARED,
  });
  await page.goto('/outlook-taskpane.html');
  const panel = page.getByRole('region', { name: 'Tilføj til dagsorden' });
  await expect(panel.getByRole('textbox', { name: /Titel/ })).toHaveValue(title);
  const picker = panel.getByRole('combobox', { name: 'Møde' });
  const options = await picker
    .locator('option')
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
  const meeting = options.find((o) => /^Møde \d+\/\d{4}/.test(o.label));
  if (!meeting) throw new Error(`no ordinary meeting among ${options.map((o) => o.label).join(' | ')}`);
  await picker.selectOption(meeting.value);
  await panel.getByRole('button', { name: 'Tilføj til dagsorden' }).click();
  await expect(panel.getByRole('status')).toContainText('er oprettet', { timeout: 20_000 });
  await expectNothingCovers(page);
  await page.context().close();
  return { id: meeting.value, title: meeting.label.split(' – ')[0]?.trim() ?? '', year: /\b(20\d{2})\b/.exec(meeting.label)?.[1] ?? '' };
}

async function agendaMails(
  request: APIRequestContext,
  user: string,
): Promise<{ token: string; mails: { id: string; subject: string; receivedDateTime: string }[] }> {
  const token = await sandboxToken(user);
  const res = await request.get(`${SANDBOX}/v1.0/me/mailFolders/inbox/messages?$top=200&$select=subject,receivedDateTime`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const mails = ((await res.json()) as { value: { id: string; subject: string; receivedDateTime: string }[] }).value;
  return {
    token,
    mails: mails
      .filter((m) => /^(Revideret )?[Dd]agsorden:/.test(m.subject))
      .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime)),
  };
}

/** Opens the meeting's dialog from the year view, stepping to the meeting's year when it is not this one. */
async function openMeeting(page: Page, meeting: { title: string; year: string }): Promise<void> {
  const button = page.getByRole('button', { name: new RegExp(`^Åbn mødet ${meeting.title}\\b`) }).first();
  await expect(page.getByRole('button', { name: /^Åbn mødet / }).first()).toBeVisible();
  if (!(await button.isVisible())) await page.getByRole('button', { name: `Vis ${meeting.year}` }).click();
  await button.click();
  await expect(page.getByRole('dialog').getByRole('group', { name: 'Dagsorden: dan og send' })).toBeVisible();
  await expectNothingCovers(page);
}

test('mails become agenda items, the chairs decide, and the agenda with its PDF reaches the members', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const accepted = `Faelles KOL-indsats ${stamp}`;
  const deferred = `Sundhedsdata i praksis ${stamp}`;
  const meeting = await addThroughOutlook(browser, request, accepted);
  expect((await addThroughOutlook(browser, request, deferred)).id).toBe(meeting.id);

  // A co-chair decides in Planlægning.
  await signInAs(page, 'Jonas Vestergaard');
  await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
  await page.getByRole('combobox', { name: 'Møde' }).selectOption(meeting.id);
  const incoming = page.getByRole('list', { name: 'Indkomne punkter til dette møde' });
  await expect(incoming.getByRole('listitem', { name: accepted })).toBeVisible();
  await expect(incoming.getByRole('listitem', { name: deferred })).toBeVisible();
  await expectNothingCovers(page);
  await page.getByRole('button', { name: `Sæt ${accepted} på dagsordenen` }).click();
  const agenda = page.getByRole('list', { name: /^Dagsorden for / });
  await expect
    .poll(async () =>
      (await agenda.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).some((l) =>
        l.includes(`: ${accepted}, kl.`),
      ),
    )
    .toBe(true);
  await expectNothingCovers(page);
  await page.getByRole('button', { name: `Udsæt ${deferred}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Begrundelse/ }).fill('Afventer data fra praksis.');
  await dialog.getByRole('button', { name: 'Udsæt punktet' }).click();
  await expect(page.getByRole('list', { name: 'Punkter til kommende møder' }).getByRole('listitem', { name: deferred })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The submitter heard about both decisions, once each — after the ten seconds "Fortryd" is offered.
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();
  const decisionMails = async (): Promise<[number, number]> => {
    const outbox = await request.get(`${SANDBOX}/_sandbox/outbox?to=lars.harbo@skovlund.example`);
    const subjects = ((await outbox.json()) as { value: { subject: string }[] }).value.map((m) => m.subject);
    return [
      subjects.filter((s) => s.includes(accepted) && !s.startsWith('Modtaget')).length,
      subjects.filter((s) => s.includes(deferred) && !s.startsWith('Modtaget')).length,
    ];
  };
  await expect.poll(decisionMails, { timeout: 30_000 }).toEqual([1, 1]);
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeHidden();

  // The secretariat generates and sends the agenda (revised, if an earlier spec already sent this meeting's).
  const before = (await agendaMails(request, MEMBER)).mails.length;
  const secretariat = await personPage(browser);
  await signInAs(secretariat, 'Katrine Holm');
  await openMeeting(secretariat, meeting);
  const actions = secretariat.getByRole('dialog').getByRole('group', { name: 'Dagsorden: dan og send' });
  await expect(secretariat.getByRole('dialog').getByText(accepted).first()).toBeVisible();
  await actions.getByRole('button', { name: 'Dan dagsorden' }).click();
  await expect(actions.getByRole('status')).toContainText('Dagsordenen er dannet i mødets mappe.', { timeout: 20_000 });
  await expectNothingCovers(secretariat);
  await actions.getByRole('button', { name: /^Send (revideret )?dagsorden$/ }).click();
  await actions.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(actions.getByRole('status')).toContainText(/Dagsordenen er sendt til \d+ modtagere\./, { timeout: 20_000 });
  await screenshot(secretariat, 'workflow-agenda-sent');

  // The member has one more agenda mail; its PDF lists the accepted item, not the deferred one.
  const { token, mails } = await agendaMails(request, MEMBER);
  expect(mails).toHaveLength(before + 1);
  const files = await request.get(`${SANDBOX}/v1.0/me/messages/${mails[0]?.id ?? ''}/attachments`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const pdf = ((await files.json()) as { value: { contentType: string; contentBytes: string }[] }).value.find(
    (f) => f.contentType === 'application/pdf',
  );
  const bytes = Buffer.from(pdf?.contentBytes ?? '', 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfWords(bytes);
  expect(text).toContain(accepted);
  expect(text).not.toContain(deferred);
});
