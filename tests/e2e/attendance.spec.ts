import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/** Opens the meeting the person's home shows as "Næste møde" (chair/member) and returns its title. */
async function openNextMeeting(page: Page): Promise<string> {
  const open = page.getByRole('region', { name: 'Næste møde' }).getByRole('button', { name: /^Åbn mødet / });
  const label = (await open.getAttribute('aria-label')) ?? '';
  await open.click();
  return label.replace(/^Åbn mødet /, '');
}

test('a chair sends apologies with their substitute, and the secretariat sees "Afbud" and the substitute', async ({ page }) => {
  await signInAs(page, 'Jonas Vestergaard');
  const title = await openNextMeeting(page);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
  // Folded to its counts; "Vis deltagere" shows the names.
  await dialog.getByRole('button', { name: 'Vis deltagere' }).click();
  const hospital = dialog.getByRole('list', { name: 'Fjordhospitalet' });
  await expect(hospital.getByRole('listitem').filter({ hasText: 'Jonas Vestergaard, Hospitalsdirektør' })).toContainText('Deltager');

  await dialog.getByRole('button', { name: 'Meld afbud' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Send min stedfortræder (Mette Lund Kjær)' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Besked til sekretariatet (valgfri)' }).fill('Jeg er på kursus.');
  await dialog.getByRole('form', { name: 'Meld afbud' }).getByRole('button', { name: 'Meld afbud' }).click();
  await expect(dialog.getByRole('status')).toContainText('Dit afbud er registreret, og Mette Lund Kjær er indkaldt som din stedfortræder.');
  await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeFocused();
  await expectNothingCovers(page);
  await expect(hospital.getByRole('listitem').filter({ hasText: 'Jonas Vestergaard, Hospitalsdirektør' })).toContainText('Afbud');
  await expect(dialog.getByText('Du har meldt afbud til mødet.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Luk' }).click();
  await page.getByRole('button', { name: 'Skift bruger' }).click();
  await signInAs(page, 'Katrine Holm');
  await page
    .getByRole('button', { name: `Åbn mødet ${title}` })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Vis deltagere' }).click();
  const list = page.getByRole('dialog').getByRole('list', { name: 'Fjordhospitalet' });
  const jonas = list.getByRole('listitem').filter({ hasText: 'Jonas Vestergaard, Hospitalsdirektør' });
  await expect(jonas).toContainText('Afbud');
  await expect(jonas).toContainText('Stedfortræder: Mette Lund Kjær');
  await expect(list.getByRole('listitem').filter({ hasText: 'Mette Lund Kjær, Sygeplejefaglig direktør' })).toContainText(
    'stedfortræder for Jonas Vestergaard',
  );
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Sekretariat' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'attendance-secretariat');
});

test('the secretariat calls in a substitute for a member who sent apologies', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  // The seed's next meeting has a member who declined; open the first booked meeting still to come.
  const next = page.getByRole('button', { name: /^Åbn mødet Møde \d+\/\d{4}$/ });
  await expect(next.first()).toBeVisible();
  const count = await next.count();
  const dialog = page.getByRole('dialog');
  for (let i = 0; i < count; i++) {
    await next.nth(i).click();
    await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
    await expect(dialog.getByText(/ \d+ afbud$/).or(dialog.getByText('Mødet er ikke booket endnu', { exact: false }))).toBeVisible();
    const show = dialog.getByRole('button', { name: 'Vis deltagere' });
    if ((await show.count()) > 0) await show.click();
    if ((await dialog.getByRole('button', { name: /^Indkald stedfortræder for / }).count()) > 0) break;
    await dialog.getByRole('button', { name: 'Luk' }).click();
  }
  const call = dialog.getByRole('button', { name: /^Indkald stedfortræder for / }).first();
  const member = ((await call.getAttribute('aria-label')) ?? '').replace(/^Indkald stedfortræder for /, '');
  await call.click();
  const email = dialog.getByRole('textbox', { name: /Stedfortræderens e-mail/ });
  await expect(email).toBeFocused();
  await expectNothingCovers(page);
  await email.fill('ikke en adresse');
  await dialog.getByRole('button', { name: 'Send indkaldelse' }).click();
  await expect(dialog.getByText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.')).toBeVisible();
  await email.fill('vikar.e2e@fjordby.example');
  await dialog.getByRole('button', { name: 'Send indkaldelse' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'stedfortræder' })).toContainText(
    `er indkaldt som stedfortræder for ${member}`,
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: `stedfortræder for ${member}` })).toContainText(
    `stedfortræder for ${member}`,
  );
  await screenshot(page, 'attendance-substitute');
});
