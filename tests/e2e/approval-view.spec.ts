import { expect, test } from '@playwright/test';
import { webcrypto } from 'node:crypto';
import { SANDBOX_FORUMS } from '../../src/config/app-config';
import { minutesHash, type MinutesContent } from '../../src/domain/minutes/minutes-content';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { SANDBOX_URL, sandboxToken } from './support/sandbox-api';

/**
 * A co-chair's approval of re-requested minutes in the browser: version 1 was answered, the secretariat sent version 2;
 * Jonas opens it from his queue, sees what changed since version 1 (item 3's Beslutning, marked for screen readers
 * too), requests a change on item 3 with a comment, then approves — and the chairs' states follow. The versions are
 * seeded through the sandbox's Graph API as the freeze writes them.
 */

const KSG = SANDBOX_FORUMS[0];
const KATRINE = 'katrine.holm@regionfjord.example';
const sha256 = async (b: Uint8Array) => webcrypto.subtle.digest('SHA-256', new Uint8Array(b));

async function graph<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${SANDBOX_URL}/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${await sandboxToken(KATRINE)}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function minutes(meetingId: string, title: string, start: string, end: string, decision3: string): MinutesContent {
  const item = (id: string, number: number, itemTitle: string, beslutning: string) => ({
    agendaItemId: id,
    number,
    title: itemTitle,
    recommendations: ['at klyngestyregruppen godkender'],
    referat: 'Punktet blev drøftet.',
    beslutning,
  });
  return {
    meetingId,
    forumName: 'Klyngestyregruppen for Fjordklyngen',
    forumShortName: 'KSG',
    meetingTitle: title,
    start,
    end,
    form: 'hybrid',
    attendance: [
      {
        email: 'jonas.vestergaard@regionfjord.example',
        name: 'Jonas Vestergaard',
        organisation: 'Fjordhospitalet',
        presence: 'room',
        chair: true,
      },
      { email: 'yrsa.thomsen@regionfjord.example', name: 'Yrsa Thomsen', organisation: 'Psykiatrien', presence: 'online', chair: true },
      { email: 'lene.damgaard@fjordby.example', name: 'Lene Damgaard', organisation: 'Fjordby Kommune', presence: 'apology', chair: true },
    ],
    items: [
      item('e1', 1, 'Velkomst og godkendelse af dagsorden', 'Dagsordenen blev godkendt.'),
      item('e2', 2, 'Sundhedsaftalen', 'Taget til efterretning.'),
      item('e3', 3, 'Økonomi og årshjul', decision3),
    ],
  };
}

async function seedVersion(content: MinutesContent, version: number, status: string): Promise<string> {
  const created = await graph<{ id: string }>('POST', `/sites/${KSG.siteId}/lists/MinutesVersions/items`, {
    fields: {
      Title: `Referat version ${version}`,
      MeetingId: content.meetingId,
      Version: version,
      VersionKey: `${content.meetingId}:${version}`,
      ContentHash: await minutesHash(content, sha256),
      Status: status,
      SnapshotJson: JSON.stringify(content),
    },
  });
  return created.id;
}

test('a co-chair opens a re-requested version from the queue, sees the diff, requests a change on item 3, then approves', async ({
  page,
}) => {
  const meetings = await graph<{ value: { id: string; fields: { Title: string; Start: string; End: string; Kind?: string } }[] }>(
    'GET',
    `/sites/${KSG.siteId}/lists/Meetings/items?expand=fields&$top=500`,
  );
  const meeting = meetings.value.find((m) => m.fields.Kind !== 'planning') ?? meetings.value[0];
  if (!meeting) throw new Error('no seeded meeting');
  const v1 = minutes(meeting.id, meeting.fields.Title, meeting.fields.Start, meeting.fields.End, 'Årshjulet blev godkendt.');
  const v2 = minutes(
    meeting.id,
    meeting.fields.Title,
    meeting.fields.Start,
    meeting.fields.End,
    'Årshjulet og budgettet for 2027 blev godkendt.',
  );
  await seedVersion(v1, 1, 'superseded');
  const v2id = await seedVersion(v2, 2, 'awaiting-approval');

  await signInAs(page, 'Jonas Vestergaard');
  const queue = page.getByRole('region', { name: 'Til godkendelse' });
  await queue.getByRole('link', { name: /Åbn og godkend version 2/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/approve/${KSG.groupId}/${v2id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Godkendelse af referat' })).toBeVisible();

  const changes = page.getByRole('region', { name: 'Ændringer siden version 1' });
  await expect(changes).toContainText('Punkt 3 (Økonomi og årshjul): Beslutning ændret');
  const item3 = page.getByRole('article', { name: /Punkt 3/ });
  await expect(item3.locator('ins').first()).toContainText('Tilføjet:');
  await expect(page.getByRole('article', { name: /Punkt 1/ }).locator('ins, del')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'approval-view-diff');

  // Requesting changes without a comment is refused; with a comment on item 3 it is recorded.
  await page.getByRole('button', { name: 'Anmod om ændringer' }).click();
  await expect(page.getByText('Skriv en samlet kommentar eller en kommentar til et punkt, før du anmoder om ændringer.')).toBeVisible();
  await item3.getByRole('textbox', { name: 'Kommentar til punkt 3' }).fill('Angiv budgetrammen for 2027 i beslutningen.');
  await page.getByRole('button', { name: 'Anmod om ændringer' }).click();
  await expect(page.getByText(/Dit svar: Ønsker ændringer/)).toBeVisible();
  await expectNothingCovers(page);
  const states = page.getByRole('list', { name: 'Formandskabets svar' });
  await expect(states.getByRole('listitem').filter({ hasText: 'Jonas Vestergaard' }).first()).toContainText('Ønsker ændringer');
  await expect(page.getByRole('article', { name: /Punkt 3/ })).toContainText('Angiv budgetrammen for 2027 i beslutningen.');

  await page.getByRole('button', { name: 'Godkend' }).click();
  await expect(page.getByText(/Dit svar: Godkendt/)).toBeVisible();
  await expect(states.getByRole('listitem').filter({ hasText: 'Jonas Vestergaard' }).first()).toContainText('Godkendt');
  await expect(page.getByText('1 af 3 godkendelser')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // At 360 px the view reflows without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('button', { name: 'Godkend' })).toBeVisible();
  // Polled: components that size themselves in JS reflow a moment after the resize.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, 'approval-view-360');
});
