import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * A written consultation in the browser: the secretariat starts one to two chosen members, replies arrive in the
 * forum mailbox as raw .eml (one approves, one objects, one from someone not asked), the overview shows them after
 * the view's intake sync, the secretariat closes it with the proposed outcome, and the outcome is a written item on
 * the next meeting's agenda (read over Graph).
 */
const sandbox = SANDBOX_URL;
const MAILBOX = 'ksg-sekretariat@regionfjord.example';
const KSG = SANDBOX_FORUMS[0];

function eml(from: string, name: string, subject: string, body: string): string {
  return [
    `From: ${name} <${from}>`,
    `To: Klyngesekretariatet <${MAILBOX}>`,
    `Subject: ${subject}`,
    `Message-ID: <e2e.${Date.now()}.${Math.random().toString(36).slice(2)}@afsender.example>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
}

test('the secretariat starts a written consultation, replies arrive, it is closed, and the outcome is on the next meeting', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, 'Katrine Holm');
  const section = page.getByRole('region', { name: 'Skriftlige høringer' });
  await expect(section.getByText('Der er ingen skriftlige høringer endnu.')).toBeVisible({ timeout: 20_000 });

  await section.getByRole('button', { name: 'Ny høring' }).click();
  const form = page.getByRole('dialog', { name: 'Ny skriftlig høring' });
  await form.getByLabel('Sagens titel').fill('Fælles retningslinje for udskrivelse');
  await form.getByLabel('Indstilling').fill('at klyngestyregruppen godkender retningslinjen');
  await form.getByLabel('Sagsfremstilling').fill('Retningslinjen er udarbejdet af temagruppen.');
  await form.getByLabel('Spørgsmål til medlemmerne').fill('Kan klyngestyregruppen godkende retningslinjen?');
  await form.getByRole('radio', { name: 'Udvalgte medlemmer' }).check();
  await form.getByRole('checkbox', { name: /^Jane Holt/ }).check();
  await form.getByRole('checkbox', { name: /^Ralf Jessen/ }).check();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Send høringen' }).click();

  const overview = page.getByRole('dialog', { name: /^KSG-\d{4}-\d{2}: Fælles retningslinje for udskrivelse$/ });
  await expect(overview).toBeVisible({ timeout: 20_000 });
  await expect(overview.getByText('0 af 2 har svaret', { exact: false })).toBeVisible();
  await expectNothingCovers(page);
  const reference = ((await overview.getByRole('heading').first().textContent()) ?? '').split(':')[0] ?? '';
  expect(reference).toMatch(/^KSG-\d{4}-\d{2}$/);
  await overview.getByRole('button', { name: 'Luk', exact: true }).click();
  await expect(overview).toBeHidden();
  await expectNothingCovers(page);

  // Each member got their own mail; their replies come back into the forum mailbox.
  const subject = `SV: [Høring ${reference}] Fælles retningslinje for udskrivelse`;
  for (const [from, name, body] of [
    ['jane.holt@plo-fjord.example', 'Jane Holt', 'Godkendt\n\nMvh Jane Holt'],
    ['ralf.jessen@privat.example', 'Ralf Jessen', 'Vi kan desværre ikke godkende retningslinjen, da pårørende ikke er inddraget.\n\nRalf'],
    ['trine.frost@privat.example', 'Trine Frost', 'Godkendt herfra.'],
  ] as const) {
    const res = await request.post(`${sandbox}/_sandbox/mail?mailbox=${encodeURIComponent(MAILBOX)}`, {
      data: eml(from, name, subject, body),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    expect(res.status()).toBe(202);
  }

  // Opening the view again syncs the intake; the overview shows who answered what. While the mailbox is read (held
  // here), the section already lists the consultation and says it is fetching new replies, without a stale count.
  let releaseMailbox: () => void = () => undefined;
  const mailboxHeld = new Promise<void>((resolve) => (releaseMailbox = resolve));
  const readsMailbox = (url: URL) => url.href.startsWith(sandbox) && /\/mailFolders|\/messages|\$batch/.test(url.pathname);
  await page.route(readsMailbox, async (route) => {
    const body = route.request().postData() ?? '';
    if (!route.request().url().includes('$batch') || body.includes('mailFolders') || body.includes('/messages')) await mailboxHeld;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await expect(section.getByRole('button', { name: `Åbn ${reference}` })).toBeVisible({ timeout: 20_000 });
  await expect(section.getByText('Henter nye svar …')).toBeVisible();
  await expect(section.getByText('har svaret', { exact: false })).toHaveCount(0);
  await screenshot(page, 'consultations-reading-replies');
  // Released, not unrouted: held requests go on from their handlers.
  releaseMailbox();
  await expect(section.getByText('2 af 2 har svaret', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText('Henter nye svar …')).toHaveCount(0);
  await section.getByRole('button', { name: `Åbn ${reference}` }).click();
  await expect(overview.getByText('2 af 2 har svaret: 1 godkendt, 0 ingen bemærkninger, 0 bemærkninger, 1 indsigelser.')).toBeVisible();
  const rows = overview.getByRole('region', { name: 'Svar pr. modtager' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Jane Holt' })).toContainText('Godkendt');
  await expect(rows.filter({ hasText: 'Ralf Jessen' })).toContainText('Indsigelse');
  await expect(overview.getByRole('region', { name: 'Bemærkninger og indsigelser' })).toContainText('pårørende ikke er inddraget');
  await expect(overview.getByRole('region', { name: /ikke er modtagere/ })).toContainText('trine.frost@privat.example');
  await expect(overview.getByRole('button', { name: 'Foreslå ekstraordinært møde' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'consultation-overview');

  // Everyone asked has answered: it can be closed; the outcome text is proposed and editable.
  await overview.getByRole('button', { name: 'Luk høring' }).click();
  const outcome = overview.getByLabel('Luk høringen med dette resultat');
  await expect(outcome).toHaveValue(/^Ikke godkendt ved skriftlig høring med frist den /);
  await outcome.fill(`${await outcome.inputValue()}\nSagen behandles på næste møde.`);
  await overview.getByRole('button', { name: 'Luk og send resultatet' }).click();
  await expect(overview.getByText('Høringen er lukket.', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expectNothingCovers(page);

  // The outcome is a written item on the next meeting's agenda.
  const token = await sandboxToken('katrine.holm@regionfjord.example');
  const filter = encodeURIComponent(`fields/ConsultationRef eq '${reference}'`);
  const res = await request.get(`${sandbox}/v1.0/sites/${KSG.siteId}/lists/AgendaItems/items?expand=fields&$filter=${filter}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { value: { fields: Record<string, unknown> }[] }).value;
  expect(items).toHaveLength(1);
  expect(items[0]?.fields).toMatchObject({
    Source: 'consultation',
    Standing: false,
    Title: `Skriftlig høring ${reference}: Fælles retningslinje for udskrivelse`,
  });
  expect(String(items[0]?.fields.Beslutning)).toContain('Sagen behandles på næste møde.');
  const meeting = await request.get(
    `${sandbox}/v1.0/sites/${KSG.siteId}/lists/Meetings/items/${String(items[0]?.fields.MeetingId)}?expand=fields`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const start = String(((await meeting.json()) as { fields: { Start: string } }).fields.Start);
  expect(Date.parse(start)).toBeGreaterThan(Date.now());

  // The outcome as a Word document in the consultation's folder, linked from the outcome mail (issue 16).
  const docPath = ['Høringer', reference, `Resultat af skriftlig høring ${reference}.docx`].map(encodeURIComponent).join('/');
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  const docItem = await request.get(`${sandbox}/v1.0/sites/${KSG.siteId}/drive/root:/${docPath}`, auth);
  expect(docItem.ok()).toBe(true);
  const webUrl = String(((await docItem.json()) as { webUrl: string }).webUrl);
  const docx = unzipSync(
    new Uint8Array(await (await request.get(`${sandbox}/v1.0/sites/${KSG.siteId}/drive/root:/${docPath}:/content`, auth)).body()),
  );
  expect(strFromU8(docx['docProps/core.xml'] ?? new Uint8Array())).toContain('<dc:language>da-DK</dc:language>');
  expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('Sagen behandles på næste møde.');
  const sentItems = await request.get(
    `${sandbox}/v1.0/users/${encodeURIComponent(MAILBOX)}/mailFolders/sentitems/messages?$select=subject,body&$top=200`,
    auth,
  );
  const outcomeMails = ((await sentItems.json()) as { value: { subject: string; body: { content: string } }[] }).value.filter((m) =>
    m.subject.startsWith(`Resultat af skriftlig høring ${reference}`),
  );
  expect(outcomeMails.length).toBeGreaterThan(0);
  for (const m of outcomeMails)
    expect(m.body.content).toContain(`<a href="${webUrl.replace(/&/g, '&amp;')}">Resultatet som dokument (Word)</a>`);

  // An action from the outcome, as from any decision: stored with the consultation's reference, on the follow-up list.
  const actionTitle = `Inddrag de pårørende i retningslinjen (${reference})`;
  await overview.getByRole('button', { name: /^Opret opfølgning/ }).click();
  const create = page.getByRole('dialog', { name: 'Opret opfølgning' });
  await create.getByLabel('Hvad skal gøres').fill(actionTitle);
  const owner = create.getByRole('combobox', { name: /Ansvarlig/ });
  await owner.click();
  await owner.pressSequentially('Mette');
  await expect(page.getByRole('option', { name: /Mette Lund Kjær/ })).toBeVisible();
  await expectNothingCovers(page);
  await page.getByRole('option', { name: /Mette Lund Kjær/ }).click();
  // Keyboard activation: over the overview dialog Playwright never sees the nested dialog's button as "stable" (its
  // open animations are still counted as running), though it does not move; a person clicks or presses Enter alike.
  await create.getByRole('button', { name: 'Opret' }).press('Enter');
  await expect(create).toBeHidden();
  await expectNothingCovers(page);
  const actionFilter = encodeURIComponent(`fields/ConsultationRef eq '${reference}'`);
  const actions = await request.get(`${sandbox}/v1.0/sites/${KSG.siteId}/lists/Actions/items?expand=fields&$filter=${actionFilter}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(actions.ok()).toBe(true);
  const stored = ((await actions.json()) as { value: { fields: Record<string, unknown> }[] }).value;
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields).toMatchObject({
    Title: actionTitle,
    OwnerEmail: 'mette.lund.kjaer@regionfjord.example',
    Status: 'open',
    MeetingId: items[0]?.fields.MeetingId,
  });
});
