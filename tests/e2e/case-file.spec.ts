import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * Issue 20 pt 4 in Chromium: the secretariat opens the seeded circulated meeting (Møde 2), downloads its archive
 * package for the case system from the Referat section, and the zip holds what its manifest lists — agenda, bilag,
 * the approved minutes and the approval — each with the SHA-256 the manifest gives, with the CSV for Excel beside
 * it; the package is in the meeting's folder, and a second download is the same file.
 */

const KSG = SANDBOX_FORUMS[0];
const YEAR = new Date().getFullYear();
const CIRCULATED = `Møde 2/${YEAR}`;
const KATRINE = 'katrine.holm@regionfjord.example';

interface Entry {
  readonly sha256: string;
  readonly text: string;
}

/** The zip's entries as Python's zipfile reads them (not the library that wrote it). */
function zipEntries(file: string): Record<string, Entry> {
  const script = [
    'import zipfile, hashlib, json, sys',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    "print(json.dumps({n: {'sha256': hashlib.sha256(z.read(n)).hexdigest(), 'text': z.read(n).decode('utf-8') if n.startswith('manifest') else ''} for n in z.namelist()}))",
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, Entry>;
}

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, `case-file-${name}`);
  // The section as the secretary sees it: scrolled to in the dialog's content.
  await page
    .getByRole('dialog')
    .getByRole('region', { name: 'Arkivpakke til sagssystemet' })
    .evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: `test-results/screens/case-file-${name}-archive.png` });
}

async function openCirculatedMeeting(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: /^Årets møder / })).toBeVisible();
  const open = page.getByRole('button', { name: `Åbn mødet ${CIRCULATED}` }).first();
  // A meeting whose minutes are approved sits in a finished month, folded in the year: unfold it.
  if (!(await open.isVisible())) {
    const folded = page.getByRole('button', { name: /^Vis .+ \(\d+ møder?\)$/ });
    for (let i = 0; i < (await folded.count()) && !(await open.isVisible()); i += 1) await folded.nth(i).click();
  }
  await open.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNothingCovers(page);
}

test('the secretariat downloads the archive package of a circulated meeting, and its manifest matches the zip', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'Katrine Holm');
  await openCirculatedMeeting(page);
  const dialog = page.getByRole('dialog');
  const section = dialog.getByRole('region', { name: 'Arkivpakke til sagssystemet' });
  await expect(section).toBeVisible({ timeout: 20_000 });
  await section.scrollIntoViewIfNeeded();
  await expectNothingCovers(page);

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Hent arkivpakke' }).click()]);
  // Named by the meeting's Copenhagen date (the second Thursday of June in the seed), the forum and the version.
  const day = /^Arkivpakke (\d{4}-06-\d{2}) KSG v1\.zip$/.exec(download.suggestedFilename())?.[1];
  expect(day).toBeDefined();
  const file = await download.path();
  await expect(section.getByText(/^Arkivpakken (er dannet med |var allerede dannet \()4 dokumenter/)).toBeVisible();
  await expectNothingCovers(page);

  // The zip, read by another reader: every listed document is in it with its hash; the manifests are beside them.
  const entries = zipEntries(file);
  const manifest = JSON.parse(entries['manifest.json']?.text ?? '{}') as {
    møde: { titel: string };
    dokumenter: { fil: string; dokumenttype: string; kortBeskrivelse: string; sha256: string }[];
  };
  expect(manifest.møde.titel).toBe(CIRCULATED);
  expect(manifest.dokumenter.map((d) => d.dokumenttype)).toEqual(['Dagsorden', 'Bilag', 'Godkendt referat', 'Formandskabets godkendelse']);
  expect(Object.keys(entries).sort()).toEqual([...manifest.dokumenter.map((d) => d.fil), 'manifest.csv', 'manifest.json'].sort());
  for (const d of manifest.dokumenter) expect(entries[d.fil]?.sha256).toBe(d.sha256);
  expect(manifest.dokumenter[1]?.kortBeskrivelse).toBe('Bilag 1 – Erfaringer med natordningen.pdf til punkt 2: Natordning i hjemmeplejen');
  const csv = entries['manifest.csv']?.text ?? '';
  expect(
    csv.startsWith('\uFEFFNr;Fil;Dokumenttype;Dokumentdato;Kort beskrivelse;Sagsnumre;Punkter;Afsender;Filtype;Bytes;SHA-256\r\n'),
  ).toBe(true);
  expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(5);

  // The section lists what the package holds, as a person reads it.
  const list = section.getByRole('list', { name: 'Dokumenter i arkivpakken' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.getByRole('listitem').nth(2)).toContainText(`Godkendt referat, 25. juni ${YEAR}: Godkendt referat af ${CIRCULATED}`);
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'downloaded');

  // The package in the meeting's folder is the file downloaded; a second press downloads that same file.
  const folderItem = await fetch(
    `${SANDBOX_URL}/v1.0/sites/${KSG?.siteId}/drive/root:/${['Møder', `${day ?? ''} Møde 2-${YEAR}`, download.suggestedFilename()].map(encodeURIComponent).join('/')}:/content`,
    { headers: { Authorization: `Bearer ${await sandboxToken(KATRINE)}` } },
  );
  expect(folderItem.ok).toBe(true);
  const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
  const inFolder = new Uint8Array(await folderItem.arrayBuffer());
  expect(sha(inFolder)).toBe(sha(readFileSync(file)));

  const [again] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Hent arkivpakke' }).click()]);
  await expect(section.getByText(/^Arkivpakken var allerede dannet \(4 dokumenter\)/)).toBeVisible();
  expect(sha(readFileSync(await again.path()))).toBe(sha(inFolder));
  await expectNothingCovers(page);
  await shot(page, 'found-again');
});
