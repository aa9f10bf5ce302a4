import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/**
 * Follow-up on decisions in the browser: the secretariat sees the seeded open actions (the overdue one first) and
 * creates one for Mette Lund Kjær in "Opfølgning"; Mette sees it under "Mine opgaver" and marks it done (on her own
 * record: members only read Actions); she searches the approved minutes and the result count is announced; back as
 * the secretariat, the action is no longer open. axe on both homes, the member's at 360 px.
 */
const NEW_ACTION = 'Indkald til temamøde om KOL-forløbet';

test('the secretariat creates an action; the member sees it under "Mine opgaver", marks it done, and searches approved minutes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'Katrine Holm');
  const section = page.getByRole('region', { name: 'Opfølgning' });
  await expect(
    section.getByRole('list', { name: 'Overskredet' }).getByText('Send evalueringen af natordningen til kommunerne'),
  ).toBeVisible({ timeout: 20_000 });
  await expect(section.getByText('Udarbejd fælles pjece om KOL-forløbet')).toBeVisible();

  await section.getByRole('button', { name: 'Opret opfølgning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opret opfølgning' });
  await dialog.getByLabel('Hvad skal gøres').fill(NEW_ACTION);
  const owner = dialog.getByRole('combobox', { name: /Ansvarlig/ });
  await owner.click();
  await owner.pressSequentially('Mette');
  await expect(page.getByRole('option', { name: /Mette Lund Kjær/ })).toBeVisible();
  await expectNothingCovers(page);
  await page.getByRole('option', { name: /Mette Lund Kjær/ }).click();
  await expect(dialog.getByLabel('Frist')).not.toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Opret' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(NEW_ACTION)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'actions-secretariat');

  await page.getByRole('button', { name: 'Skift bruger' }).click();
  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, 'Mette Lund Kjær');
  // Mette chairs the theme group and is a member of KSG: her member tab is KSG.
  await page.getByRole('tab', { name: 'Medlem' }).click();
  const mine = page.getByRole('list', { name: 'Mine åbne opgaver' });
  await expect(mine.getByText(NEW_ACTION)).toBeVisible({ timeout: 20_000 });
  await expect(mine.getByText('Udarbejd fælles pjece om KOL-forløbet')).toBeVisible();
  await expect(mine.getByText('Send evalueringen af natordningen til kommunerne')).toHaveCount(0);
  await mine.getByRole('button', { name: `Markér som udført: ${NEW_ACTION}` }).click();
  await expect(page.getByText(new RegExp(`"${NEW_ACTION}" er markeret som udført`))).toBeVisible();
  await expectNothingCovers(page);
  await expect(mine.getByText(NEW_ACTION)).toHaveCount(0);

  const archive = page.getByRole('region', { name: 'Godkendte referater' });
  await expect(archive.getByText('1 godkendt referat.')).toBeVisible();
  await archive.getByRole('searchbox', { name: 'Søg i referaterne' }).fill('natordningen evalueres');
  await expect(archive.getByText('1 referat matcher "natordningen evalueres".')).toBeVisible();
  await expect(archive.getByText('Punkt 2: Natordning i hjemmeplejen')).toBeVisible();
  await expect(archive.getByRole('link', { name: /Åbn referatet \(PDF\)/ })).toBeVisible();
  await archive.getByRole('searchbox', { name: 'Søg i referaterne' }).fill('budget');
  await expect(archive.getByText('Ingen referater matcher "budget".')).toBeVisible();
  const box = await archive.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'actions-member-360');

  // Her mark is her own record (members only read Actions): the secretariat sees the action done, the others open.
  await page.getByRole('button', { name: 'Skift bruger' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, 'Katrine Holm');
  await expect(section.getByText('Udarbejd fælles pjece om KOL-forløbet')).toBeVisible({ timeout: 20_000 });
  await expect(section.getByText(NEW_ACTION)).toHaveCount(0);
});
