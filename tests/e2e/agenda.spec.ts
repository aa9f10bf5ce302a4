import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * The agenda in the browser: the secretariat generates it (Word and PDF in the meeting's folder) and sends it; a
 * member's mailbox in the sandbox then holds exactly one agenda mail with the PDF, read over Graph with the member's
 * own token.
 */
const sandbox = SANDBOX_URL;
const MEMBER = 'jonas.vestergaard@regionfjord.example';

interface Mail {
  id: string;
  subject: string;
  hasAttachments: boolean;
}

async function mailsOf(request: APIRequestContext, user: string): Promise<{ token: string; mails: Mail[] }> {
  const token = await sandboxToken(user);
  const res = await request.get(`${sandbox}/v1.0/me/mailFolders/inbox/messages?$top=100&$select=subject,hasAttachments`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.ok()).toBe(true);
  return { token, mails: ((await res.json()) as { value: Mail[] }).value };
}

test('the secretariat generates and sends the agenda; a member receives it once with the PDF', async ({ page, request }) => {
  const before = (await mailsOf(request, MEMBER)).mails.filter((m) => /^(Revideret )?[Dd]agsorden:/.test(m.subject));
  expect(before).toEqual([]);

  await signInAs(page, 'Katrine Holm');
  // The year lists the meetings in order; the first one still to come (the seed's next meeting, with its draft agenda) has the actions.
  const meetings = page.getByRole('button', { name: /^Åbn mødet Klyngestyregruppemøde / });
  await expect(meetings.first()).toBeVisible();
  const dialog = page.getByRole('dialog');
  const actions = dialog.getByRole('group', { name: 'Dagsorden: dan og send' });
  for (let i = 0, n = await meetings.count(); i < n; i++) {
    await meetings.nth(i).click();
    await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
    if (await actions.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
    await dialog.getByRole('button', { name: 'Luk' }).click();
  }
  await expect(actions).toBeVisible();
  await expect(dialog.getByText('Status på samarbejdsmodel for børn og unge i psykisk mistrivsel')).toBeVisible();
  await expect(actions.getByText('Dagsordenen er ikke sendt endnu.')).toBeVisible();
  await expectNothingCovers(page);

  await actions.getByRole('button', { name: 'Dan dagsorden' }).click();
  await expect(actions.getByRole('status')).toContainText('Dagsordenen er dannet i mødets mappe.', { timeout: 20_000 });
  await expect(actions.getByRole('link', { name: 'Dagsorden (PDF)' })).toHaveAttribute('href', /Dagsorden%20\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(actions.getByRole('link', { name: 'Dagsorden (Word)' })).toHaveAttribute('href', /\.docx$/);
  await expectNothingCovers(page);

  await actions.getByRole('button', { name: 'Send dagsorden' }).click();
  const confirm = actions.getByRole('button', { name: 'Send', exact: true });
  await expect(confirm).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await confirm.click();
  await expect(actions.getByRole('status')).toContainText(/Dagsordenen er sendt til \d+ modtagere\./, { timeout: 20_000 });
  await expect(actions.getByText(/^Dagsordenen blev sendt .+ kl\. \d{2}\.\d{2}\.$/)).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Send revideret dagsorden' })).toBeVisible();
  await screenshot(page, 'agenda-sent');

  // Sending again without a change sends nothing.
  await actions.getByRole('button', { name: 'Send revideret dagsorden' }).click();
  await actions.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(actions.getByRole('status')).toContainText('Dagsordenen er ikke ændret siden den blev sendt.', { timeout: 20_000 });
  await expectNothingCovers(page);

  const { token, mails } = await mailsOf(request, MEMBER);
  const agenda = mails.filter((m) => /^(Revideret )?[Dd]agsorden:/.test(m.subject));
  expect(agenda.map((m) => [m.subject, m.hasAttachments])).toEqual([[expect.stringMatching(/^Dagsorden: Klyngestyregruppen for Fjordklyngen \d{1,2}\. \S+ \d{4}$/), true]]);
  const attachments = await request.get(`${sandbox}/v1.0/me/messages/${agenda[0]?.id ?? ''}/attachments`, { headers: { Authorization: `Bearer ${token}` } });
  const files = ((await attachments.json()) as { value: { name: string; contentType: string; contentBytes: string }[] }).value;
  expect(files.map((f) => f.contentType)).toEqual(['application/pdf']);
  expect(files[0]?.name).toMatch(/^Dagsorden \d{4}-\d{2}-\d{2}\.pdf$/);
  expect(Buffer.from(files[0]?.contentBytes ?? '', 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
