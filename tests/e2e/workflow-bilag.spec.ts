import { expect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { deliverSubmission, SANDBOX_URL, sandboxGraph, sandboxToken } from './support/sandbox-api';

/**
 * Issue 16 pt 3 end to end: a case presentation mailed to the forum mailbox with two attachments; the secretariat
 * accepts it in Planlægning and the files are in the meeting's folder at once (read back over Graph); the agenda made
 * from it links each as "Bilag N – <name>" to the folder's file; the agenda mail a member receives carries both under
 * those names. Runs after workflow-agenda-by-mail (file order) and takes nothing for granted about what it left.
 */
const KATRINE = 'katrine.holm@regionfjord.example';
const MEMBER = 'mette.lund.kjaer@regionfjord.example';
const PDF_NAME = 'Erfaringer fra Skovlund.pdf';
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const TXT_NAME = 'Tidsplan 2027.txt';
const TXT = 'Tidsplan: opstart 1. marts 2027, evaluering efter et halvt år.\n';

interface DriveFile {
  readonly name: string;
  readonly size: number;
  readonly webUrl: string;
  readonly lastModifiedDateTime: string;
}

const mailSubmission = (title: string, messageId: string): Promise<string> =>
  deliverSubmission({
    subject: `Sagsfremstilling: ${title}`,
    messageId,
    html: [
      `<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter ${title}</li></ul>`,
      '<p><b>Sagsfremstilling</b></p><p>Skovlund Kommune har afprøvet telemedicinsk opfølgning i hjemmeplejen.</p>',
      '<p><b>Oplægsholder:</b> Lars Harbo, Skovlund Kommune</p><p><b>Tidsforbrug:</b> 15 min</p>',
    ],
    files: [
      { name: PDF_NAME, type: 'application/pdf', content: PDF },
      { name: TXT_NAME, type: 'text/plain', content: TXT },
    ],
  });

/** The submission's files as it records them: name and where in the forum's document library. */
async function recordedFiles(siteId: string, messageId: string): Promise<{ name: string; url?: string }[]> {
  const filter = encodeURIComponent(`fields/InternetMessageId eq '${messageId}'`);
  const res = await sandboxGraph<{ value: { fields: { AttachmentsJson?: string } }[] }>(
    KATRINE,
    'GET',
    `/sites/${siteId}/lists/Submissions/items?expand=fields&$filter=${filter}`,
  );
  return JSON.parse(res.body.value[0]?.fields.AttachmentsJson ?? '[]') as { name: string; url?: string }[];
}

/** The drive path of a file in the forum's library, from its webUrl (".../Shared Documents/Møder/…/name"). */
const drivePath = (webUrl: string): string => decodeURI(webUrl).split('/Shared Documents/')[1] ?? '';
const itemPath = (siteId: string, path: string): string =>
  `/sites/${siteId}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}`;

async function bytesOf(siteId: string, path: string): Promise<Buffer> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${itemPath(siteId, path)}:/content`, {
    headers: { Authorization: `Bearer ${await sandboxToken(KATRINE)}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** The agenda .docx's hyperlinks: their text and target (the relationship's Target). */
function hyperlinks(docx: Buffer): { text: string; target: string }[] {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const unescape = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]*)"/g)].map((m) => [m[1] ?? '', unescape(m[2] ?? '')]),
  );
  return [...xml.matchAll(/<w:hyperlink [^>]*?r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/gs)].map((m) => ({
    text: unescape([...(m[2] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')),
    target: targets.get(m[1] ?? '') ?? '',
  }));
}

async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://localhost:${Number(process.env.E2E_APP_PORT ?? 4300)}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  return context.newPage();
}

test('an item mailed with two files: accepted, its bilag are in the meeting folder, linked from the agenda and attached to its mail', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const title = `Telemedicin i hjemmeplejen ${stamp}`;
  const messageId = `<bilag-${stamp}@skovlund.example>`;
  await mailSubmission(title, messageId);

  // The secretariat opens Planlægning: the mailbox is read on opening, the item is incoming with its two files.
  await signInAs(page, 'Katrine Holm');
  await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
  const incoming = page.getByRole('list', { name: 'Indkomne punkter til dette møde' });
  const card = incoming.getByRole('listitem', { name: title });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await card.getByRole('button', { name: `Detaljer om ${title}` }).click();
  const details = card.getByRole('region', { name: `Detaljer om ${title}` });
  await expect(details.getByText(PDF_NAME)).toBeVisible();
  await expect(details.getByText(TXT_NAME)).toBeVisible();
  await screenshot(page, 'bilag-planning-incoming');
  const chosen = (await page.getByRole('combobox', { name: 'Møde' }).locator('option:checked').textContent()) ?? '';
  const meetingTitle = /^(.*?\d+\/\d{4})/.exec(chosen)?.[1] ?? '';
  expect(meetingTitle).not.toBe('');

  // Accepted: after the "Fortryd" window the files are stored, and the notice says so.
  await page.getByRole('button', { name: `Sæt ${title} på dagsordenen` }).click();
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();
  await expectNothingCovers(page);
  await expect(page.getByText(`${title} er sat på dagsordenen. 2 bilag er gemt i mødets mappe.`, { exact: false }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expectNothingCovers(page);

  // The item on the agenda, its bilag now links to the folder's files.
  const agenda = page.getByRole('list', { name: /^Dagsorden for / });
  const item = agenda.getByRole('listitem', { name: new RegExp(`^Punkt \\d+: ${title}, kl\\.`) });
  await item.getByRole('button', { name: `Detaljer om ${title}` }).click();
  const onAgenda = item.getByRole('region', { name: `Detaljer om ${title}` });
  await expect(onAgenda.getByRole('link', { name: PDF_NAME })).toBeVisible();
  await expect(onAgenda.getByRole('link', { name: TXT_NAME })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'bilag-planning-accepted');

  // Over Graph: the submission records both, and each is in the meeting's folder with the mailed content.
  const siteId = SANDBOX_FORUMS[0].siteId;
  const recorded = await recordedFiles(siteId, messageId);
  expect(recorded.map((f) => f.name)).toEqual([PDF_NAME, TXT_NAME]);
  const stored: DriveFile[] = [];
  for (const f of recorded) {
    expect(f.url).toMatch(/^https:\/\//);
    const path = drivePath(f.url ?? '');
    const file = await sandboxGraph<DriveFile>(KATRINE, 'GET', itemPath(siteId, path));
    expect(file.status).toBe(200);
    expect(file.body.webUrl).toBe(f.url);
    expect(file.body.name.endsWith(` ${f.name}`)).toBe(true);
    stored.push(file.body);
  }
  expect((await bytesOf(siteId, drivePath(recorded[0]?.url ?? ''))).toString('latin1')).toBe(PDF);
  expect((await bytesOf(siteId, drivePath(recorded[1]?.url ?? ''))).toString('utf8')).toBe(TXT);
  const folder = drivePath(recorded[0]?.url ?? '')
    .split('/')
    .slice(0, -1)
    .join('/');

  // The secretariat makes and sends the agenda from the meeting's dialog.
  const secretariat = await personPage(browser);
  await signInAs(secretariat, 'Katrine Holm');
  const open = secretariat.getByRole('button', { name: new RegExp(`^Åbn mødet ${meetingTitle.replace(/[/]/g, '\\/')}\\b`) }).first();
  await expect(secretariat.getByRole('button', { name: /^Åbn mødet / }).first()).toBeVisible();
  if (!(await open.isVisible())) await secretariat.getByRole('button', { name: `Vis ${/\d{4}$/.exec(meetingTitle)?.[0] ?? ''}` }).click();
  await open.click();
  const actions = secretariat.getByRole('dialog').getByRole('group', { name: 'Dagsorden: dan og send' });
  await expect(actions).toBeVisible();
  await expectNothingCovers(secretariat);
  await actions.getByRole('button', { name: 'Dan dagsorden' }).click();
  await expect(actions.getByRole('status')).toContainText('Dagsordenen er dannet i mødets mappe.', { timeout: 30_000 });
  await expectNothingCovers(secretariat);

  // The .docx in the folder links "Bilag N – <name>" to the folder's files.
  const dir = await sandboxGraph<{ id: string; parentReference: { driveId: string } }>(KATRINE, 'GET', itemPath(siteId, folder));
  const children = await sandboxGraph<{ value: DriveFile[] }>(
    KATRINE,
    'GET',
    `/drives/${dir.body.parentReference.driveId}/items/${dir.body.id}/children`,
  );
  const docx = children.body.value
    .filter((f) => /^Dagsorden .*\.docx$/.test(f.name))
    .sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime))[0];
  expect(docx).toBeDefined();
  const links = hyperlinks(await bytesOf(siteId, `${folder}/${docx?.name ?? ''}`));
  const bilag = links.filter((l) => /^Bilag \d+ – /.test(l.text) && stored.some((s) => s.webUrl === l.target));
  expect(bilag.map((l) => l.text.replace(/^Bilag \d+ – /, ''))).toEqual([PDF_NAME, TXT_NAME]);
  expect(bilag.map((l) => l.target)).toEqual(stored.map((s) => s.webUrl));
  const [n1, n2] = bilag.map((l) => Number(/^Bilag (\d+)/.exec(l.text)?.[1]));
  expect(n2).toBe((n1 ?? 0) + 1);

  const token = await sandboxToken(MEMBER);
  const inbox = async (): Promise<{ id: string; subject: string; receivedDateTime: string }[]> => {
    const res = await fetch(
      `${SANDBOX_URL}/v1.0/me/mailFolders/inbox/messages?$orderby=receivedDateTime desc&$top=100&$select=subject,receivedDateTime`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    return ((await res.json()) as { value: { id: string; subject: string; receivedDateTime: string }[] }).value.filter((m) =>
      /^(Revideret )?[Dd]agsorden( nr\. \d+)?:/.test(m.subject),
    );
  };
  const before = new Set((await inbox()).map((m) => m.id));
  await actions.getByRole('button', { name: /^Send (revideret )?dagsorden$/ }).click();
  await expectNothingCovers(secretariat);
  await actions.getByRole('button', { name: 'Send', exact: true }).click();
  // Revised when an earlier spec sent this meeting's agenda already.
  await expect(actions.getByRole('status')).toContainText(/(Dagsordenen|Den reviderede dagsorden) er sendt til \d+ modtagere\./, {
    timeout: 30_000,
  });
  await screenshot(secretariat, 'bilag-agenda-sent');

  // The member's agenda mail carries both files under their agenda names, with their content.
  const mails = (await inbox()).filter((m) => !before.has(m.id));
  expect(mails).toHaveLength(1);
  const res = await fetch(`${SANDBOX_URL}/v1.0/me/messages/${mails[0]?.id ?? ''}/attachments`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const attached = ((await res.json()) as { value: { name: string; contentBytes: string }[] }).value;
  const pdf = attached.find((a) => a.name === `Bilag ${n1 ?? 0} – ${PDF_NAME}`);
  const txt = attached.find((a) => a.name === `Bilag ${n2 ?? 0} – ${TXT_NAME}`);
  expect(Buffer.from(pdf?.contentBytes ?? '', 'base64').toString('latin1')).toBe(PDF);
  expect(Buffer.from(txt?.contentBytes ?? '', 'base64').toString('utf8')).toBe(TXT);
});
