/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { MinutesAttendee, MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { Meeting } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import {
  MinutesItemConflictError,
  type MinutesDraft,
  type MinutesDraftApi,
  type MinutesTextField,
} from '../../../../../src/store/minutes/draft-types';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { MinutesEditor } from '../../../../../src/ui/views/minutes/MinutesEditor';
import { homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * The minutes editor over a fake draft store that keeps state like the lists do (an eTag per agenda item, 412 on a
 * stale one): fields open prefilled, typing saves by itself, and when someone else saved the same field meanwhile
 * the merge panel shows both texts and "Behold begge" saves both.
 */

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const meeting: Meeting = MEETINGS[0] as Meeting;
const forum = { groupId: 'g-ksg', siteId: 's-ksg', name: 'Klyngestyregruppen', shortName: 'KSG', members: [SECRETARY] };
const attendance: MinutesAttendee[] = [
  { email: 'jonas@x.example', name: 'Jonas Vestergaard', organisation: 'Fjordhospitalet', presence: 'room', chair: true },
  { email: 'lars@x.example', name: 'Lars Harbo', organisation: 'Skovlund Kommune', presence: 'apology' },
];
const content: MinutesContent = {
  meetingId: meeting.id,
  forumName: forum.name,
  forumShortName: 'KSG',
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: 'hybrid',
  attendance,
  items: [
    {
      agendaItemId: '10',
      number: 1,
      title: 'Velkomst',
      recommendations: ['at dagsordenen godkendes'],
      referat: 'Formanden bød velkommen.',
      beslutning: '',
      standingKey: 'welcome',
    },
    {
      agendaItemId: '11',
      number: 2,
      title: '72-timers behandlingsansvar',
      presenter: 'Jonas Vestergaard',
      recommendations: ['at erfaringerne drøftes', 'at der besluttes justeringer'],
      referat: '',
      beslutning: '',
    },
    {
      agendaItemId: '12',
      number: 3,
      title: 'Eventuelt',
      recommendations: [],
      referat: '',
      beslutning: '',
      standingKey: 'any-other-business',
    },
  ],
};

/** Lists in memory: per item its texts and an eTag that changes with every save. */
function memoryStore(changedBy?: string) {
  const items = new Map(
    content.items.map((i) => [i.agendaItemId, { referat: i.referat, beslutning: i.beslutning, etag: `"${i.agendaItemId}-1"` }]),
  );
  let meetingEtag = '"m-1"';
  let savedAttendance: readonly MinutesAttendee[] = [];
  const saves: string[] = [];
  const bump = (etag: string) => etag.replace(/-(\d+)"$/, (_m, n: string) => `-${Number(n) + 1}"`);
  const api: MinutesDraftApi = {
    load: async (): Promise<MinutesDraft> => ({
      content: { ...content, items: content.items.map((i) => ({ ...i, ...(items.get(i.agendaItemId) ?? {}) })) },
      meeting: { ...meeting, etag: meetingEtag },
      itemEtags: Object.fromEntries([...items].map(([id, v]) => [id, v.etag])),
      attendanceSaved: false,
      ...(changedBy ? { meetingChangedBy: changedBy } : {}),
    }),
    saveItemField: async (_f, id, field, text, etag) => {
      const item = items.get(id);
      if (!item) throw new Error('no item');
      if (item.etag !== etag)
        throw new MinutesItemConflictError(id, { referat: item.referat, beslutning: item.beslutning }, item.etag, {
          name: 'Anne Bisgaard',
          email: 'anne@x.example',
        });
      item[field] = text;
      item.etag = bump(item.etag);
      saves.push(`${id}.${field}=${text}`);
      return { text, etag: item.etag };
    },
    saveAttendance: async (_f, _id, rows, etag) => {
      if (etag !== meetingEtag) throw new Error('stale');
      savedAttendance = rows;
      meetingEtag = bump(meetingEtag);
      return { attendance: rows, etag: meetingEtag };
    },
  };
  /** Someone else saves a field directly (another editor). */
  const otherSaves = (id: string, field: MinutesTextField, text: string) => {
    const item = items.get(id);
    if (!item) throw new Error('no item');
    item[field] = text;
    item.etag = bump(item.etag);
  };
  return { api, items, saves, otherSaves, attendance: () => savedAttendance };
}

function renderEditor(store: MinutesDraftApi, footer?: (c: MinutesContent) => React.ReactNode) {
  const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [])), minutesDraft: store });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  const onClose = jest.fn();
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <MinutesEditor
        forum={forum}
        meeting={meeting}
        onClose={onClose}
        {...(footer ? { footer } : {})}
        itemActions={(item) => <span>{`Handling ${item.number}: ${item.beslutning}`}</span>}
      />
    </AppProviders>,
  );
  return { onClose };
}

const itemRegion = (name: string) => screen.findByRole('region', { name });
const field = (region: HTMLElement, label: RegExp) => within(region).getByRole('textbox', { name: label }) as HTMLTextAreaElement;

describe('the minutes editor', () => {
  it('shows every agenda item with presenter, Indstilling and the saved Referat and Beslutning', async () => {
    renderEditor(memoryStore().api);
    const welcome = await itemRegion('1. Velkomst');
    expect(field(welcome, /^Referat/).value).toBe('Formanden bød velkommen.');
    expect(field(welcome, /^Beslutning/).value).toBe('');
    const item2 = await itemRegion('2. 72-timers behandlingsansvar');
    expect(within(item2).getByText('Oplægsholder: Jonas Vestergaard')).toBeTruthy();
    expect(
      within(item2)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['at erfaringerne drøftes', 'at der besluttes justeringer']);
    expect(await itemRegion('3. Eventuelt')).toBeTruthy();
    // The editor opens at the items: focus on the first one's heading, attendance folded to its counts above.
    expect(document.activeElement).toBe(within(welcome).getByRole('heading', { name: '1. Velkomst' }));
    expect(screen.getByText('1 til stede · 1 afbud · 0 fraværende')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Deltagelse for Lars Harbo' })).toBeNull();
    const show = screen.getByRole('button', { name: 'Vis fremmøde' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    expect(screen.getByRole('button', { name: 'Skjul fremmøde' }).getAttribute('aria-expanded')).toBe('true');
    // Attendance by organisation, presence as prefilled.
    const presence = screen.getByRole('combobox', { name: 'Deltagelse for Lars Harbo' }) as HTMLSelectElement;
    expect(presence.value).toBe('apology');
    expect(screen.getByRole('heading', { name: 'Skovlund Kommune' })).toBeTruthy();
  });

  it('saves a field by itself about a second after typing stops, and says when', async () => {
    const memory = memoryStore();
    renderEditor(memory.api, (c) => <p>{`Sidefod: ${c.items[1]?.referat ?? ''}`}</p>);
    const item2 = await itemRegion('2. 72-timers behandlingsansvar');
    fireEvent.change(field(item2, /^Referat/), { target: { value: 'Erfaringerne er gode.' } });
    expect(within(item2).getByText('Ikke gemt endnu')).toBeTruthy();
    expect(memory.saves).toEqual([]);
    // The footer sees the minutes as typed.
    expect(screen.getByText('Sidefod: Erfaringerne er gode.')).toBeTruthy();
    await waitFor(() => expect(memory.saves).toEqual(['11.referat=Erfaringerne er gode.']));
    expect(await within(item2).findByText(/^Gemt kl\. \d{2}[.:]\d{2}$/)).toBeTruthy();

    // Beslutning of the same item saves on the item's new eTag (no self-conflict), at once when the field is left.
    fireEvent.change(field(item2, /^Beslutning/), { target: { value: 'Indstillingen tiltrådt.' } });
    fireEvent.blur(field(item2, /^Beslutning/));
    await waitFor(() => expect(memory.saves).toContain('11.beslutning=Indstillingen tiltrådt.'));
    expect(memory.items.get('11')).toMatchObject({ referat: 'Erfaringerne er gode.', beslutning: 'Indstillingen tiltrådt.' });
    expect(screen.getByText('Handling 2: Indstillingen tiltrådt.')).toBeTruthy();
  });

  it('takes over the other person’s text silently when I had not changed the field', async () => {
    const memory = memoryStore();
    renderEditor(memory.api);
    const welcome = await itemRegion('1. Velkomst');
    memory.otherSaves('10', 'referat', 'Formanden bød velkommen. Anne tilføjede noget.');
    fireEvent.change(field(welcome, /^Beslutning/), { target: { value: 'Dagsordenen godkendt.' } });
    fireEvent.blur(field(welcome, /^Beslutning/));
    await waitFor(() => expect(field(welcome, /^Referat/).value).toBe('Formanden bød velkommen. Anne tilføjede noget.'));
    expect(within(welcome).getByText('Anne Bisgaard har ændret feltet, og deres tekst vises nu.')).toBeTruthy();
    // My Beslutning was saved on the fresh eTag; their Referat was not overwritten.
    await waitFor(() =>
      expect(memory.items.get('10')).toMatchObject({
        referat: 'Formanden bød velkommen. Anne tilføjede noget.',
        beslutning: 'Dagsordenen godkendt.',
      }),
    );
  });

  it('shows the merge panel when both changed the field, and "Behold begge" saves both texts', async () => {
    const memory = memoryStore();
    renderEditor(memory.api);
    const item3 = await itemRegion('3. Eventuelt');
    memory.otherSaves('12', 'referat', 'Anne: næste møde flyttes.');
    fireEvent.change(field(item3, /^Referat/), { target: { value: 'Katrine: intet under eventuelt.' } });
    fireEvent.blur(field(item3, /^Referat/));

    const panel = await within(item3).findByRole('group', { name: 'Anne Bisgaard har også ændret Referat' });
    expect(within(panel).getByTestId('merge-theirs').textContent).toBe('Anne: næste møde flyttes.');
    expect(within(panel).getByTestId('merge-mine').textContent).toBe('Katrine: intet under eventuelt.');
    expect(within(item3).getByText('Ændret af en anden – vælg hvilken tekst der skal gælde')).toBeTruthy();
    // Nothing was overwritten while the choice is open.
    expect(memory.items.get('12')?.referat).toBe('Anne: næste møde flyttes.');

    fireEvent.click(within(panel).getByRole('button', { name: 'Behold begge' }));
    await waitFor(() => expect(memory.items.get('12')?.referat).toContain('Katrine: intet under eventuelt.'));
    const saved = memory.items.get('12')?.referat ?? '';
    expect(saved).toContain('Anne: næste møde flyttes.');
    expect(saved).toContain('Anne Bisgaards tekst');
    expect(field(item3, /^Referat/).value).toBe(saved);
    expect(within(item3).queryByRole('group')).toBeNull();
    expect(await within(item3).findByText(/^Gemt kl\./)).toBeTruthy();
  });

  it('saves the attendance when a presence is changed and when a guest is added', async () => {
    const memory = memoryStore();
    renderEditor(memory.api);
    fireEvent.click(await screen.findByRole('button', { name: 'Vis fremmøde' }));
    const presence = (await screen.findByRole('combobox', { name: 'Deltagelse for Jonas Vestergaard' })) as HTMLSelectElement;
    fireEvent.change(presence, { target: { value: 'online' } });
    expect(screen.getByText('1 til stede (1 online) · 1 afbud · 0 fraværende')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj gæst' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: 'Gitte Gæst' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(screen.getByText('Skriv en gyldig e-mailadresse.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'Gitte@Gaest.example' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Organisation/ }), { target: { value: 'Gæsteby' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    await waitFor(() =>
      expect(memory.attendance().map((r) => [r.email, r.presence])).toEqual([
        ['jonas@x.example', 'online'],
        ['lars@x.example', 'apology'],
        ['gitte@gaest.example', 'guest'],
      ]),
    );
    // A substitute needs whom they stood in for.
    fireEvent.change(screen.getByRole('combobox', { name: 'Deltagelse for Gitte Gæst' }), { target: { value: 'substitute' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Stedfortræder for – Gitte Gæst' }), {
      target: { value: 'lars@x.example' },
    });
    await waitFor(() =>
      expect(memory.attendance().find((r) => r.email === 'gitte@gaest.example')).toMatchObject({
        presence: 'substitute',
        substituteFor: 'lars@x.example',
      }),
    );
  });
});

describe('a meeting someone other than the secretariat wrote last', () => {
  it('says the saved attendance and place were set aside; "Gem fremmødet, som det er vist" saves the attendance shown', async () => {
    const store = memoryStore('Otto Udenfor');
    renderEditor(store.api);
    const notice = await screen.findByText(/Mødet er senest ændret af Otto Udenfor, ikke af sekretariatet/);
    expect(notice.textContent).toContain('fremmødet er udfyldt fra invitationen, og referatet nævner intet sted');
    fireEvent.click(screen.getByRole('button', { name: 'Gem fremmødet, som det er vist' }));
    await waitFor(() => expect(store.attendance()).toEqual(attendance));
    await waitFor(() => expect(screen.queryByText(/Mødet er senest ændret af Otto Udenfor/)).toBeNull());
  });

  it('says nothing of the kind for a meeting the secretariat wrote last', async () => {
    renderEditor(memoryStore().api);
    await itemRegion('1. Velkomst');
    expect(screen.queryByText(/Mødet er senest ændret af/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gem fremmødet, som det er vist' })).toBeNull();
  });
});
