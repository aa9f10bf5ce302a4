import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * The agenda in the browser: the secretariat generates it (Word and PDF in the meeting's folder) and sends it; with
 * nothing changed nothing is offered to send again; after an item is retimed in Planlægning the meeting says
 * "Dagsordenen er ændret siden udsendelse" with the change, and the revision goes out. A member's mailbox in the
 * sandbox then holds the agenda and the revised agenda (its own file, the change listed), read over Graph with the
 * member's own token.
 */
const sandbox = SANDBOX_URL;
const MEMBER = 'jonas.vestergaard@regionfjord.example';

interface Mail {
  id: string;
  subject: string;
  hasAttachments: boolean;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');

async function mailsOf(request: APIRequestContext, user: string): Promise<{ token: string; mails: Mail[] }> {
  const token = await sandboxToken(user);
  const res = await request.get(`${sandbox}/v1.0/me/mailFolders/inbox/messages?$top=100&$select=subject,hasAttachments`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.ok()).toBe(true);
  return { token, mails: ((await res.json()) as { value: Mail[] }).value };
}

test('the secretariat sends the agenda, retimes an item, sees what changed and sends the revision; a member receives each once', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const before = (await mailsOf(request, MEMBER)).mails.filter((m) => /^(Revideret )?[Dd]agsorden:/.test(m.subject));
  expect(before).toEqual([]);

  await signInAs(page, 'Katrine Holm');
  // The year lists the meetings in order; the first one still to come (the seed's next meeting, with its draft agenda) has the actions.
  const meetings = page.getByRole('button', { name: /^Åbn mødet Møde \d+\/\d{4}$/ });
  await expect(meetings.first()).toBeVisible();
  const dialog = page.getByRole('dialog');
  const actions = dialog.getByRole('group', { name: 'Dagsorden: dan og send' });
  for (let i = 0, n = await meetings.count(); i < n; i++) {
    await meetings.nth(i).click();
    await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
    if (
      await actions.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      break;
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
  // Compared with what was sent: nothing changed, so nothing is offered to send again.
  await expect(actions.getByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeVisible({ timeout: 20_000 });
  await expect(actions.getByRole('button', { name: /^Send/ })).toHaveCount(0);
  await screenshot(page, 'agenda-sent');
  await expectNothingCovers(page);

  // The secretariat gives item 2 ten more minutes in Planlægning …
  const title = ((await dialog.getByRole('heading').first().textContent()) ?? '').trim();
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
  const picker = page.getByRole('combobox', { name: 'Møde' });
  await expect(picker.locator('option', { hasText: title }).first()).toBeAttached({ timeout: 20_000 });
  const options = await picker
    .locator('option')
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
  const option = options.find((o) => o.label.startsWith(title));
  if (!option) throw new Error(`${title} is not among ${options.map((o) => o.label).join(' | ')}`);
  await picker.selectOption(option.value);
  const minutes = page.getByRole('spinbutton', { name: 'Minutter til punkt 2' });
  await expect(minutes).toBeVisible();
  const item = page
    .getByRole('list', { name: /^Dagsorden for / })
    .getByRole('listitem')
    .nth(1);
  const itemTitle = /^Punkt 2: (.+), kl\. /.exec((await item.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  const was = Number(await minutes.inputValue());
  await minutes.fill(String(was + 10));
  await minutes.press('Enter');
  await expect(page.getByText('Gemt').first()).toBeAttached({ timeout: 20_000 });
  await expectNothingCovers(page);

  // … Planlægning itself says the agenda it plans changed since it was sent, what changed, and offers the revision …
  const change = new RegExp(
    `^Punkt 2 „${escapeRegExp(itemTitle)}“: nu ${was + 10} min\\. \\(før ${was} min\\.\\), kl\\. \\d{2}\\.\\d{2}–\\d{2}\\.\\d{2}$`,
  );
  const inPlanning = page.getByRole('group', { name: 'Dagsorden: dan og send' });
  await expect(inPlanning.getByRole('list', { name: 'Dagsordenen er ændret siden udsendelse' }).getByRole('listitem').first()).toHaveText(
    change,
    { timeout: 20_000 },
  );
  await expect(inPlanning.getByRole('button', { name: 'Send revideret dagsorden' })).toBeVisible();
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'planning-agenda-changed');
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(inPlanning.getByRole('button', { name: 'Send revideret dagsorden' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Tilbage til forsiden' }).click();

  // … and the meeting says the agenda changed since it was sent, what changed, and offers the revision.
  await page
    .getByRole('button', { name: new RegExp(`^Åbn mødet ${escapeRegExp(title)}\\b`) })
    .first()
    .click();
  const changes = actions.getByRole('list', { name: 'Dagsordenen er ændret siden udsendelse' });
  await expect(changes).toBeVisible({ timeout: 20_000 });
  await expect(changes.getByRole('listitem').first()).toHaveText(change);
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'agenda-changed');
  await actions.getByRole('button', { name: 'Send revideret dagsorden' }).click();
  await actions.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(actions.getByRole('status')).toContainText(/Den reviderede dagsorden er sendt til \d+ modtagere\./, { timeout: 20_000 });
  await expect(actions.getByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeVisible({ timeout: 20_000 });
  await expect(actions.getByRole('button', { name: 'Send revideret dagsorden' })).toHaveCount(0);
  await expectNothingCovers(page);

  const { token, mails } = await mailsOf(request, MEMBER);
  const agenda = mails.filter((m) => /^(Revideret )?[Dd]agsorden:/.test(m.subject));
  const subject = /^Dagsorden: Klyngestyregruppen for Fjordklyngen \d{1,2}\. \S+ \d{4}$/;
  expect(agenda.map((m) => [m.subject, m.hasAttachments]).sort()).toEqual([
    [expect.stringMatching(subject), true],
    [expect.stringMatching(/^Revideret dagsorden: Klyngestyregruppen for Fjordklyngen \d{1,2}\. \S+ \d{4}$/), true],
  ]);
  const attachmentsOf = async (mail: Mail | undefined) => {
    const res = await request.get(`${sandbox}/v1.0/me/messages/${mail?.id ?? ''}/attachments`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return ((await res.json()) as { value: { name: string; contentType: string; contentBytes: string }[] }).value;
  };
  const files = await attachmentsOf(agenda.find((m) => subject.test(m.subject)));
  // The agenda's PDF, then the items' bilag named as the agenda names them (the seeded item's file, copied from the
  // forum mailbox into the meeting's folder when the agenda was made).
  expect(files[0]?.contentType).toBe('application/pdf');
  expect(files[0]?.name).toMatch(/^Dagsorden \d{4}-\d{2}-\d{2}\.pdf$/);
  expect(
    Buffer.from(files[0]?.contentBytes ?? '', 'base64')
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  expect(files.slice(1).map((f) => f.name)).toEqual(
    files.slice(1).map((_f, i) => expect.stringMatching(new RegExp(`^Bilag ${i + 1} – .+`))),
  );
  // The revision comes in its own file, and its mail lists what changed.
  const revision = agenda.find((m) => m.subject.startsWith('Revideret'));
  expect((await attachmentsOf(revision)).map((f) => f.name)[0]).toMatch(/^Dagsorden \d{4}-\d{2}-\d{2} \(revideret\)\.pdf$/);
  const body = await request.get(`${sandbox}/v1.0/me/messages/${revision?.id ?? ''}?$select=body`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(((await body.json()) as { body: { content: string } }).body.content).toContain(
    `<li>Punkt 2 „${itemTitle}“: nu ${was + 10} min. (før ${was} min.)`,
  );
});

/**
 * Planlægning leads to the revision itself: after the first test the next meeting's agenda is sent and unchanged, so
 * Planlægning says nothing; the secretariat gives item 3 another presenter there, Planlægning says what changed since
 * the send, and "Send revideret dagsorden" in Planlægning sends it — the member's mail lists the change.
 */
test('Planlægning lists a change made after the send and sends the revised agenda from there', async ({ page, request }) => {
  test.setTimeout(90_000);
  const revisionsBefore = (await mailsOf(request, MEMBER)).mails.filter((m) => m.subject.startsWith('Revideret dagsorden')).length;
  await signInAs(page, 'Katrine Holm');
  await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
  const presenter = page.getByRole('textbox', { name: 'Oplægsholder for punkt 3' });
  await expect(presenter).toBeVisible({ timeout: 20_000 });
  const actions = page.getByRole('group', { name: 'Dagsorden: dan og send' });
  const changes = page.getByRole('list', { name: 'Dagsordenen er ændret siden udsendelse' });
  await expect(page.getByText('Planlægningen er indlæst')).toBeAttached();
  await expect(changes).toHaveCount(0);

  const item = page
    .getByRole('list', { name: /^Dagsorden for / })
    .getByRole('listitem')
    .nth(2);
  const itemTitle = /^Punkt 3: (.+), kl\. /.exec((await item.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  const presenterName = `Karen Rask ${Date.now() % 1000}`;
  await presenter.fill(presenterName);
  await presenter.press('Enter');
  await expect(page.getByText('Gemt').first()).toBeAttached({ timeout: 20_000 });
  await expect(changes.getByRole('listitem')).toHaveText(
    [new RegExp(`^Punkt 3 „${escapeRegExp(itemTitle)}“: ny oplægsholder ${presenterName}`)],
    { timeout: 20_000 },
  );
  await expectNothingCovers(page);

  await actions.getByRole('button', { name: 'Send revideret dagsorden' }).click();
  const confirm = actions.getByRole('button', { name: 'Send', exact: true });
  await expect(confirm).toBeFocused();
  await expectNothingCovers(page);
  await confirm.click();
  await expect(actions.getByRole('status')).toContainText(/Den reviderede dagsorden er sendt til \d+ modtagere\./, { timeout: 20_000 });
  await expect(actions.getByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeVisible({ timeout: 20_000 });
  await expect(actions.getByRole('button', { name: 'Send revideret dagsorden' })).toHaveCount(0);
  await expectNothingCovers(page);

  const { token, mails } = await mailsOf(request, MEMBER);
  const revisions = mails.filter((m) => m.subject.startsWith('Revideret dagsorden'));
  expect(revisions).toHaveLength(revisionsBefore + 1);
  const bodies = await Promise.all(
    revisions.map(
      async (m) =>
        (
          (await (
            await request.get(`${sandbox}/v1.0/me/messages/${m.id}?$select=body`, { headers: { Authorization: `Bearer ${token}` } })
          ).json()) as { body: { content: string } }
        ).body.content,
    ),
  );
  expect(bodies.filter((b) => b.includes(`ny oplægsholder ${presenterName}`))).toHaveLength(1);
});
