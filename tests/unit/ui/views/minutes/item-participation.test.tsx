/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { MinutesAttendee, MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import { buildMinutesDocument } from '../../../../../src/domain/minutes/minutes-document';
import type { Meeting } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { MinutesDraft, MinutesDraftApi } from '../../../../../src/store/minutes/draft-types';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { MinutesEditor } from '../../../../../src/ui/views/minutes/MinutesEditor';
import { homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * Per-item participation in the minutes editor: the secretariat marks, under an item, who did not take part (inhabil
 * with the reason, or away), the mark saves with the attendance (its eTag), the item's quorum follows, and the
 * minutes document made from what the editor holds says "X deltog ikke i sagens behandling".
 */

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const meeting: Meeting = MEETINGS[0] as Meeting;
const forum = { groupId: 'g-ksg', siteId: 's-ksg', name: 'Sundhedsråd Fjord', shortName: 'SRF', members: [SECRETARY] };
const attendance: MinutesAttendee[] = [
  { email: 'anna@x.example', name: 'Anna Berg', organisation: 'Region', presence: 'room', chair: true },
  { email: 'bo@x.example', name: 'Bo Holm', organisation: 'Fjordby Kommune', presence: 'online' },
  { email: 'cille@x.example', name: 'Cille Vang', organisation: 'Skovlund Kommune', presence: 'room' },
  { email: 'dan@x.example', name: 'Dan Ravn', organisation: 'Almen praksis', presence: 'apology' },
];
const content: MinutesContent = {
  meetingId: meeting.id,
  forumName: forum.name,
  forumShortName: forum.shortName,
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: 'hybrid',
  attendance,
  items: [
    { agendaItemId: '10', number: 1, title: 'Godkendelse af dagsorden', recommendations: [], referat: '', beslutning: '' },
    { agendaItemId: '11', number: 2, title: 'Udbud af patientbefordring', recommendations: [], referat: '', beslutning: '' },
  ],
  quorum: {
    rule: 'more-than-half',
    voters: ['anna@x.example', 'bo@x.example', 'cille@x.example', 'dan@x.example'],
    forumKind: 'health-council',
  },
};

function memoryStore() {
  let etag = '"m-1"';
  const saved: (readonly MinutesAttendee[])[] = [];
  const api: MinutesDraftApi = {
    load: async (): Promise<MinutesDraft> => ({
      content,
      meeting: { ...meeting, etag },
      itemEtags: { '10': '"10-1"', '11': '"11-1"' },
      attendanceSaved: true,
    }),
    saveItemField: async (_f, _id, _field, text) => ({ text, etag: '"x"' }),
    saveAttendance: async (_f, _id, rows, sentEtag) => {
      // The store's If-Match: a stale eTag is refused, so a test that passes shows the eTag was carried.
      if (sentEtag !== etag) throw new Error('stale eTag');
      etag = `"m-${saved.length + 2}"`;
      saved.push(rows);
      return { attendance: rows, etag };
    },
  };
  return { api, saved };
}

function renderEditor(store: MinutesDraftApi, footer: (c: MinutesContent) => React.ReactNode) {
  const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [])), minutesDraft: store });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <MinutesEditor forum={forum} meeting={meeting} onClose={jest.fn()} footer={footer} />
    </AppProviders>,
  );
}

describe('who did not take part in an item', () => {
  it('is marked under the item by keyboard-reachable controls, saved with the attendance, and written in the minutes', async () => {
    const memory = memoryStore();
    let latest: MinutesContent | undefined;
    renderEditor(memory.api, (c) => {
      latest = c;
      return null;
    });
    // The meeting's quorum over the attendance: three of four voting members present.
    expect(await screen.findByText('Beslutningsdygtig: 3 af 4 medlemmer til stede (mindst 3).')).toBeTruthy();

    const item = await screen.findByRole('region', { name: '2. Udbud af patientbefordring' });
    expect(within(item).getByText('Alle til stede deltog i behandlingen.')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Markér, hvem der ikke deltog i punkt 2' }));
    const form = within(item).getByRole('group', { name: 'Hvem deltog ikke i behandlingen af punkt 2' });
    const who = within(form).getByRole('combobox', { name: 'Hvem' }) as HTMLSelectElement;
    // Only those who were there can step out: not Dan, who sent apologies.
    expect([...who.options].map((o) => o.text)).toEqual(['Vælg en deltager', 'Anna Berg', 'Bo Holm', 'Cille Vang']);
    // Adding without choosing says what is missing and writes nothing.
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj' }));
    expect(within(form).getByText('Vælg den, der ikke deltog.')).toBeTruthy();
    fireEvent.change(who, { target: { value: 'bo@x.example' } });
    expect((within(form).getByRole('combobox', { name: 'Årsag' }) as HTMLSelectElement).value).toBe('inhabil');
    fireEvent.change(within(form).getByRole('textbox', { name: /Begrundelse for inhabilitet/ }), {
      target: { value: 'Bestyrelsesmedlem i vognmandsfirmaet' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Tilføj' }));

    expect(within(item).getByText('Bo Holm – inhabil: Bestyrelsesmedlem i vognmandsfirmaet')).toBeTruthy();
    expect(within(item).getByText('Bo Holm er markeret som inhabil i punkt 2.').getAttribute('role')).toBe('status');
    expect(within(item).getByText('Ikke beslutningsdygtig under punktet: 2 af 4 medlemmer deltog, der skal mindst 3 til.')).toBeTruthy();
    // Item 1 is untouched.
    const first = screen.getByRole('region', { name: '1. Godkendelse af dagsorden' });
    expect(within(first).getByText('Alle til stede deltog i behandlingen.')).toBeTruthy();

    await waitFor(() => expect(memory.saved).toHaveLength(1));
    expect(memory.saved[0]?.find((r) => r.email === 'bo@x.example')?.notIn).toEqual([
      { agendaItemId: '11', reason: 'inhabil', note: 'Bestyrelsesmedlem i vognmandsfirmaet' },
    ]);
    if (!latest) throw new Error('no content');
    const doc = buildMinutesDocument(latest, { kind: 'draft', version: 1 });
    expect(doc.items[1]?.notParticipating).toEqual([
      'Bo Holm deltog ikke i sagens behandling (inhabil: Bestyrelsesmedlem i vognmandsfirmaet)',
    ]);
    expect(doc.quorum).toBe('Rådet var beslutningsdygtigt (3 af 4 medlemmer til stede)');

    // Taking the mark away saves again, and the item is as before.
    fireEvent.click(within(item).getByRole('button', { name: 'Fjern markeringen af Bo Holm' }));
    expect(within(item).getByText('Alle til stede deltog i behandlingen.')).toBeTruthy();
    await waitFor(() => expect(memory.saved).toHaveLength(2));
    expect(memory.saved[1]?.find((r) => r.email === 'bo@x.example')).not.toHaveProperty('notIn');
  });
});
