import { expect, test, type Browser, type Page } from '@playwright/test';
import { webcrypto } from 'node:crypto';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { minutesHash, type MinutesContent } from '../../src/domain/minutes/minutes-content';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { sandboxGraph } from './support/sandbox-api';

/**
 * Issue 15 point 4 in Chromium: "Det skal gøres" lists everything waiting, each a link to where it is done. The
 * secretariat sends the minutes of the last meeting held to the co-chairs and sees the approvals waiting (who is
 * missing); Jonas's own list links to the approval view; Yrsa asks for changes with a comment on item 3; the
 * secretariat's list shows her request with the comment, and its link opens the meeting at Referat; the editor shows
 * the comment at item 3. Minutes every chair approved (ready to circulate), a consultation past its deadline and a
 * stalled send are made through the sandbox's Graph API as the app writes them, and removed at the end.
 */

const KSG = SANDBOX_FORUMS[0];
const SITE = `/sites/${KSG.siteId}`;
// The seed names meetings as the app does (src/domain/meeting-names.ts): "Møde 3/2026".
const HELD = `Møde 3/${new Date().getFullYear()}`;
const FIRST = `Møde 1/${new Date().getFullYear()}`;
const KATRINE = 'katrine.holm@regionfjord.example';
const CHAIRS = ['jonas.vestergaard@regionfjord.example', 'yrsa.thomsen@regionfjord.example', 'lene.damgaard@fjordby.example'];
const sha256 = async (b: Uint8Array) => webcrypto.subtle.digest('SHA-256', new Uint8Array(b));

/** A Graph call that must succeed: its parsed body. */
async function graph<T>(user: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await sandboxGraph<T>(user, method, path, body);
  if (res.status < 200 || res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

interface Item {
  readonly id: string;
  readonly fields: Record<string, string | undefined>;
}

async function axeAtBothWidths(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function personPage(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, name);
  return page;
}

const todoOf = (page: Page) => page.getByRole('region', { name: 'Det skal gøres' });

test('Det skal gøres: each waiting kind links to where it is done, and a change request reaches the editor', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const comment = `Skriv, hvem der følger op på akutfunktionerne ${stamp}.`;
  const made: { list: string; id: string }[] = [];

  // Minutes of meeting 1 every co-chair approved: ready to circulate (a late version, after any another journey made).
  const meetings = await graph<{ value: Item[] }>(KATRINE, 'GET', `${SITE}/lists/Meetings/items?expand=fields&$top=500`);
  const first = meetings.value.find((m) => m.fields.Title === FIRST);
  if (!first) throw new Error(`no ${FIRST}`);
  const content: MinutesContent = {
    meetingId: first.id,
    forumName: 'Klyngestyregruppen for Fjordklyngen',
    forumShortName: 'KSG',
    meetingTitle: FIRST,
    start: String(first.fields.Start),
    end: String(first.fields.End),
    form: 'hybrid',
    attendance: [],
    items: [
      { agendaItemId: 'r1', number: 1, title: 'Velkomst', recommendations: [], referat: `Drøftet ${stamp}.`, beslutning: 'Godkendt.' },
    ],
  };
  const hash = await minutesHash(content, sha256);
  const version = await graph<{ id: string }>(KATRINE, 'POST', `${SITE}/lists/MinutesVersions/items`, {
    fields: {
      Title: `Referat ${stamp}`,
      MeetingId: first.id,
      Version: 9,
      VersionKey: `${first.id}:9`,
      ContentHash: hash,
      Status: 'awaiting-approval',
      SnapshotJson: JSON.stringify(content),
    },
  });
  made.push({ list: 'MinutesVersions', id: version.id });
  for (const chair of CHAIRS) {
    const a = await graph<{ id: string }>(chair, 'POST', `${SITE}/lists/Approvals/items`, {
      fields: {
        Title: 'Godkendt',
        MinutesVersionId: version.id,
        MeetingId: first.id,
        ContentHash: hash,
        Decision: 'approved',
        Channel: 'teams',
      },
    });
    made.push({ list: 'Approvals', id: a.id });
  }
  // A consultation past its deadline (to close), and one whose reminder stalled an hour ago (a stuck send).
  const recipients = JSON.stringify([{ memberId: 'x', name: 'Karen Rask', email: 'karen.rask@regionfjord.example' }]);
  const consultation = (ref: string, title: string, deadline: string, claim?: string) =>
    graph<{ id: string }>(KATRINE, 'POST', `${SITE}/lists/Consultations/items`, {
      fields: {
        Title: title,
        Reference: ref,
        CorrelationId: `todo-${ref}`,
        Status: 'open',
        Deadline: deadline,
        Question: 'Kan I tilslutte jer?',
        RecipientsJson: recipients,
        SentTo: JSON.stringify(['karen.rask@regionfjord.example']),
        SentAt: new Date(Date.now() - 8 * 86400_000).toISOString(),
        ...(claim ? { Claim: claim } : {}),
      },
    });
  const toClose = `Fælles sprogpolitik ${stamp}`;
  made.push({
    list: 'Consultations',
    id: (await consultation(`KSG-T${stamp}-1`, toClose, new Date(Date.now() - 86400_000).toISOString())).id,
  });
  const stalled = `Fælles kørselsordning ${stamp}`;
  const deadClaim = JSON.stringify({
    token: 'dead-attempt',
    at: new Date(Date.now() - 3600_000).toISOString(),
    step: 'consultation-remind',
  });
  made.push({
    list: 'Consultations',
    id: (await consultation(`KSG-T${stamp}-2`, stalled, new Date(Date.now() + 7 * 86400_000).toISOString(), deadClaim)).id,
  });

  try {
    // 1. The secretariat writes item 3 of the last meeting held and sends the minutes to the co-chairs.
    await signInAs(page, 'Katrine Holm');
    await page
      .getByRole('button', { name: `Åbn mødet ${HELD}` })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
    await expectNothingCovers(page);
    const item3 = page.getByRole('region', { name: /^3\. / });
    await item3.getByRole('textbox', { name: /^Referat/ }).fill(`Status blev gennemgået ${stamp}.`);
    const beslutning = item3.getByRole('textbox', { name: /^Beslutning/ });
    await beslutning.fill(`Taget til efterretning ${stamp}.`);
    await beslutning.blur();
    await expect(item3.getByRole('status').filter({ hasText: /^Gemt kl\./ })).toHaveCount(2, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Send til formandskabet' }).first().click();
    await expectNothingCovers(page);
    const anyway = page.getByRole('button', { name: 'Send alligevel' });
    if (await anyway.isVisible()) await anyway.click();
    await expect(page.getByText(/^Sendt til 3 medformænd/)).toBeVisible({ timeout: 30_000 });
    await expectNothingCovers(page);

    // 2. The home again: the approvals waiting (who is missing), ready to circulate, the consultation to close, the
    //    stalled send and the new items — each a link.
    await page.reload();
    await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
    const todo = todoOf(page);
    await expect(
      todo.getByRole('button', {
        name: new RegExp(`^0 af 3 medformænd har godkendt version \\d+ af referatet fra ${HELD} .* – åbner mødets Referat$`),
      }),
    ).toBeVisible();
    await expect(todo.getByText(/Mangler svar fra Jonas Vestergaard, Yrsa Thomsen, Lene Damgaard/)).toBeVisible();
    await expect(todo.getByText(new RegExp(`^Referatet fra ${FIRST} .* er godkendt og klar til udsendelse$`))).toBeVisible();
    await expect(todo.getByRole('link', { name: /– åbner punktet i Planlægning$/ }).first()).toBeVisible();
    await expect(todo.getByRole('button', { name: `Påmindelse om høring: ${stalled} – går til Driftsstatus` })).toBeVisible({
      timeout: 20_000,
    });
    await expect(todo.getByText('Svarfristen er udløbet – 0 af 1 har svaret', { exact: false })).toBeVisible({ timeout: 20_000 });

    // "Udsend referat" opens the meeting's Referat, where the minutes go out.
    await todo.getByRole('button', { name: new RegExp(`^Udsend referatet fra ${FIRST} .* – åbner mødets Referat$`) }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Udsend referat' })).toBeVisible({ timeout: 20_000 });
    await expectNothingCovers(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The consultation opens from its entry.
    await todo.getByRole('button', { name: new RegExp(`^Luk høring KSG-T${stamp}-1: ${toClose} – åbner høringen$`) }).click();
    await expect(page.getByRole('dialog')).toContainText(toClose);
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Luk høring' })).toBeVisible();
    await expectNothingCovers(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Luk', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();

    // The stalled send takes the focus to Driftsstatus, which says what to do.
    await todo.getByRole('button', { name: `Påmindelse om høring: ${stalled} – går til Driftsstatus` }).click();
    await expect(page.locator('#driftsstatus')).toBeFocused();
    await expect(page.locator('#driftsstatus')).toContainText(stalled);
    await expectNothingCovers(page);

    // 3. Jonas's own list links to the approval view.
    const jonas = await personPage(browser, 'Jonas Vestergaard');
    const chairTodo = todoOf(jonas);
    await expect(chairTodo.getByText(new RegExp(`^Godkend referatet fra ${HELD} `))).toBeVisible();
    await axeAtBothWidths(jonas);
    await screenshot(jonas, 'todo-chair');
    await chairTodo.getByRole('link', { name: new RegExp(`^Åbn og godkend – åbner godkendelsen af referatet fra ${HELD} `) }).click();
    await expect(jonas).toHaveURL(new RegExp(`#/approve/${KSG.groupId}/`));
    await expect(jonas.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible({ timeout: 20_000 });
    await expect(jonas.getByText(new RegExp(HELD)).first()).toBeVisible();
    await expectNothingCovers(jonas);
    await jonas.context().close();

    // 4. Yrsa asks for changes, with a comment on item 3.
    const yrsa = await personPage(browser, 'Yrsa Thomsen');
    await todoOf(yrsa)
      .getByRole('link', { name: new RegExp(`^Åbn og godkend – åbner godkendelsen af referatet fra ${HELD} `) })
      .click();
    await expect(yrsa.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible({ timeout: 20_000 });
    await yrsa
      .getByRole('article', { name: /Punkt 3/ })
      .getByRole('textbox', { name: 'Kommentar til punkt 3' })
      .fill(comment);
    await yrsa.getByRole('button', { name: 'Anmod om ændringer' }).click();
    await expect(yrsa.getByText(/Dit svar: Ønsker ændringer/)).toBeVisible();
    await expectNothingCovers(yrsa);
    await yrsa.context().close();

    // 5. The secretariat's list shows her request with the comment; its link opens the meeting at Referat.
    await page.reload();
    await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
    await expect(todo.getByText(new RegExp(`^Ændringer ønsket til referatet fra ${HELD} `))).toBeVisible();
    await expect(todo.getByText(/^Yrsa Thomsen bad om ændringer /)).toBeVisible();
    await expect(todo.getByText(`Ved et punkt: “${comment}”`)).toBeVisible();
    await axeAtBothWidths(page);
    await screenshot(page, 'todo-secretariat');
    await todo.getByRole('button', { name: new RegExp(`^Ret referatet fra ${HELD} .* – åbner mødets Referat$`) }).click();
    await expect(dialog.getByRole('button', { name: 'Skriv referat' })).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByText(/Yrsa Thomsen: ønsker ændringer/)).toBeVisible({ timeout: 20_000 });
    await expectNothingCovers(page);

    // 6. The editor shows the comment at item 3.
    await dialog.getByRole('button', { name: 'Skriv referat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Referat – ${HELD}` })).toBeVisible();
    await expect(page.getByText(/^Medformændene har bedt om ændringer til version \d+$/)).toBeVisible();
    const atItem = page.getByRole('region', { name: /^3\. / });
    await expect(atItem.getByText('Ændringer ønsket til dette punkt')).toBeVisible();
    await expect(atItem.getByText(`Yrsa Thomsen: “${comment}”`)).toBeVisible();
    await atItem.scrollIntoViewIfNeeded();
    await expectNothingCovers(page);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: 'test-results/screens/editor-change-request.png' });

    // 7. A new item's entry opens Planlægning at that item, with the focus on it.
    await page.goto('/');
    await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
    const newItem = todo.getByRole('link', { name: /– åbner punktet i Planlægning$/ }).first();
    const href = (await newItem.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#\/secretariat\/planning\/item\/.+/);
    const text = await newItem.evaluate((a) => a.firstElementChild?.textContent ?? '');
    await newItem.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planlægning – Klyngestyregruppen for Fjordklyngen' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, (c) => `\\${c}`)}$`));
    const focused = page.locator('li:focus');
    await expect(focused).toHaveCount(1, { timeout: 20_000 });
    expect(text.startsWith(`${await focused.getAttribute('aria-label')} – fra `)).toBe(true);
    await expectNothingCovers(page);
  } finally {
    // What was made through the API goes again: the journeys after this one find the forum as the seed left it.
    for (const { list, id } of made.reverse()) await graph(KATRINE, 'DELETE', `${SITE}/lists/${list}/items/${id}`).catch(() => undefined);
  }
});
