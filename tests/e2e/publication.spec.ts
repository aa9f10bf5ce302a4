import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { safeDriveName } from '../../src/store/meeting-folder';
import { pdfObjectsText, pdfWords } from '../support/pdf-reading';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxGraph, sandboxToken } from './support/sandbox-api';

/**
 * The public record (issue 20): the secretariat marks an agenda item closed for personal data with its case number in
 * Planlægning, publishes the public agenda from the meeting, and the published page — opened in the browser as the
 * region's website would serve it — is axe clean, says "Lukket punkt" with the case number, and no published byte
 * (page, PDF, Word source) holds the closed item's title, Indstilling, description or presenter.
 */
const KSG = SANDBOX_FORUMS[0];
const SECRETARY = 'katrine.holm@regionfjord.example';

interface ListItem {
  id: string;
  fields: { Title?: string; Description?: string; Recommendations?: string; Presenter?: string; MeetingId?: string };
}

async function publishedBytes(path: string): Promise<Buffer> {
  const token = await sandboxToken(SECRETARY);
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const res = await fetch(`${SANDBOX_URL}/v1.0/sites/${KSG.siteId}/drive/root:/${encoded}:/content`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function openPlanningAt(page: Page): Promise<{ meetingTitle: string }> {
  await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
  const picker = page.getByRole('combobox', { name: 'Møde' });
  await expect(page.getByRole('list', { name: /^Dagsorden for / })).toBeVisible({ timeout: 20_000 });
  const chosen = ((await picker.locator('option:checked').textContent()) ?? '').trim();
  return { meetingTitle: chosen.replace(/ – .*$/, '').replace(/,.*$/, '') };
}

test('the secretariat closes an item, publishes the public agenda, and the public page holds none of it', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, 'Katrine Holm');
  const { meetingTitle } = await openPlanningAt(page);
  const agenda = page.getByRole('list', { name: /^Dagsorden for / });
  // The first item that is not a standing one: a case brought by a member.
  const labels = await agenda.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const rows = agenda.locator(':scope > li');
  let number = 0;
  for (let i = 0; i < labels.length; i++) {
    if ((await rows.nth(i).getByText('Fast punkt', { exact: true }).count()) === 0) {
      number = i + 1;
      break;
    }
  }
  expect(number).toBeGreaterThan(0);
  const title = /^Punkt \d+: (.+), kl\. /.exec(labels[number - 1] ?? '')?.[1] ?? '';
  expect(title).not.toBe('');

  const access = page.getByRole('combobox', { name: `Åbent eller lukket punkt ${number}` });
  await expect(access).toHaveValue('open');
  await access.selectOption({ label: 'Lukket – Personoplysninger (offentlighedsloven § 30, nr. 1)' });
  await expect(page.getByText('Gemt').first()).toBeAttached({ timeout: 20_000 });
  await expect(
    agenda
      .locator(':scope > li')
      .nth(number - 1)
      .getByText('Lukket punkt', { exact: true }),
  ).toBeVisible({ timeout: 20_000 });
  const caseNumber = page.getByRole('textbox', { name: `Sagsnummer for punkt ${number}` });
  await caseNumber.fill('24/12345');
  await caseNumber.press('Enter');
  await expect(caseNumber).toHaveValue('24/12345');
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'public-planning-closed');

  // What of the closed item must never be published, as the list holds it.
  const items = await sandboxGraph<{ value: ListItem[] }>(
    SECRETARY,
    'GET',
    `/sites/${KSG.siteId}/lists/AgendaItems/items?expand=fields&$top=500`,
  );
  const closed = items.body.value.find((i) => i.fields.Title === title);
  if (!closed) throw new Error(`no agenda item ${title}`);
  const secrets = [
    title,
    ...(closed.fields.Description ?? '').split(/\n+/).filter((l) => l.trim().length > 12),
    ...(closed.fields.Recommendations ?? '').split('\n').filter((l) => l.trim().length > 12),
    ...(closed.fields.Presenter ? [closed.fields.Presenter] : []),
  ].map((s) => s.trim());

  // Publish from the meeting.
  await page.getByRole('button', { name: 'Tilbage til forsiden' }).click();
  await page
    .getByRole('button', { name: `Åbn mødet ${meetingTitle}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const publication = dialog.getByRole('region', { name: 'Offentliggørelse' });
  await expect(publication).toBeVisible({ timeout: 20_000 });
  await expect(publication.getByText('Beslutningerne kan offentliggøres, når medformændene har godkendt referatet.')).toBeVisible();
  await publication.getByRole('button', { name: 'Offentliggør dagsorden' }).click();
  await expect(publication.getByText('Offentliggjort. 1 lukket punkt er vist uden indhold.')).toBeVisible({ timeout: 60_000 });
  await expect(publication.getByRole('link', { name: 'Offentlig dagsorden (webside)' })).toBeVisible();
  await expect(publication.getByRole('link', { name: 'Offentlig dagsorden (PDF)' })).toBeVisible();
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await publication.scrollIntoViewIfNeeded();
  await expect(dialog.getByText('Lukket punkt', { exact: true })).toBeVisible();
  await screenshot(page, 'public-meeting-published');
  // The dialog scrolls inside itself: the section as the secretary sees it.
  await publication.screenshot({ path: 'test-results/screens/public-meeting-section.png' });

  // Publishing again writes nothing new.
  await publication.getByRole('button', { name: 'Offentliggør dagsorden' }).click();
  await expect(publication.getByText('Intet nyt at offentliggøre: den offentliggjorte udgave er den samme.')).toBeVisible({
    timeout: 30_000,
  });
  await expectNothingCovers(page);

  // The published page, served as a website would serve it, and every published byte.
  const { body: meeting } = await sandboxGraph<{ fields: { Title: string; Start: string } }>(
    SECRETARY,
    'GET',
    `/sites/${KSG.siteId}/lists/Meetings/items/${String(closed.fields.MeetingId)}?expand=fields`,
  );
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(meeting.fields.Start));
  const folder = `Offentliggørelse/${day} ${safeDriveName(meeting.fields.Title)}`;
  const html = await publishedBytes(`${folder}/dagsorden.html`);
  const pdf = await publishedBytes(`${folder}/dagsorden.pdf`);
  const docx = await publishedBytes(`${folder}/dagsorden.docx`);
  const everyByte = [
    html.toString('utf8'),
    pdfWords(pdf),
    pdfObjectsText(pdf),
    ...Object.values(unzipSync(new Uint8Array(docx))).map((f) => strFromU8(f)),
  ].join('\n');
  for (const secret of secrets) expect(everyByte).not.toContain(secret);
  expect(html.toString('utf8')).toContain('Sagsnr. 24/12345');

  await page.route('https://offentlig.regionfjord.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto('https://offentlig.regionfjord.example/dagsorden.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dagsorden: ${meeting.fields.Title}`);
  await expect(page.getByRole('heading', { level: 2, name: `${number}. Lukket punkt` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Personoplysninger (offentlighedsloven § 30, nr. 1)');
  await expect(page.getByRole('navigation', { name: 'Punkter' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'public-agenda-page');
});
