/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { ForumMember, Meeting } from '../../../../../src/domain/types';
import type { TeamsMeetingContext } from '../../../../../src/host/capabilities';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { MeetingPanelApi } from '../../../../../src/store/meeting-panel/meeting-panel-types';
import type { MinutesDraftApi } from '../../../../../src/store/minutes/draft-types';
import { MeetingPanelApp } from '../../../../../src/ui/views/meeting-panel/MeetingPanelApp';
import type { MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { fakePart, fakeStores, memoryHome } from '../../../support/fake-stores';
import { CHAIRS, forumHome, homeData, MEMBER, SECRETARY } from '../../fixtures';

/**
 * The Teams meeting panel in jsdom: found from the chat thread the meeting's join link names; the secretariat starts
 * an item (the clock then says how far behind) and has the minutes editor's fields; a co-chair reads the same with
 * nothing to edit; a member sees the agenda without the draft minutes; another Teams meeting is said not to be one.
 */

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const THREAD = '19:meeting_panel@thread.v2';
const JOIN = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0`;
// Thursday 11 March 2027, 09.00–11.00 in Copenhagen (winter time, UTC+1).
const meeting: Meeting = {
  id: '9',
  forumId: 'g-ksg',
  kind: 'ordinary',
  title: 'Møde 1/2027',
  start: '2027-03-11T08:00:00Z',
  end: '2027-03-11T10:00:00Z',
  form: 'hybrid',
  status: 'booked',
  joinUrl: JOIN,
  etag: '"9"',
};
const content: MinutesContent = {
  meetingId: '9',
  forumName: 'Klyngestyregruppen for Fjordklyngen',
  forumShortName: 'KSG',
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: 'hybrid',
  attendance: [{ email: 'lars.harbo@skovlund.example', name: 'Lars Harbo', organisation: 'Skovlund Kommune', presence: 'room' }],
  items: [
    {
      agendaItemId: 'a1',
      number: 1,
      title: 'Velkomst',
      recommendations: [],
      referat: '',
      beslutning: '',
      slot: { start: '2027-03-11T08:00:00Z', end: '2027-03-11T08:10:00Z' },
    },
    {
      agendaItemId: 'a2',
      number: 2,
      title: 'Økonomi',
      recommendations: ['at budgettet godkendes'],
      referat: 'Drøftet.',
      beslutning: 'Godkendt.',
      slot: { start: '2027-03-11T08:10:00Z', end: '2027-03-11T08:40:00Z' },
    },
  ],
};
const draftStore: MinutesDraftApi = {
  load: () => Promise.resolve({ content, meeting, itemEtags: { a1: '"a1"', a2: '"a2"' }, attendanceSaved: true }),
  saveItemField: (_f, _id, _field, text) => Promise.resolve({ text, etag: '"x"' }),
  saveAttendance: (_f, _id, attendance) => Promise.resolve({ attendance, etag: '"m"' }),
};
// 09.13 Copenhagen: item 2 (09.10–09.40) is due.
const NOW = new Date('2027-03-11T08:13:00Z');

function panelStore(marks: Record<string, string> = {}) {
  const markRunning = jest.fn((_forum: unknown, id: string, at: Date) => {
    marks[id] = at.toISOString();
    return Promise.resolve(at.toISOString());
  });
  const api: MeetingPanelApi = {
    marks: () => Promise.resolve({ ...marks }),
    markRunning,
    teamsAttendance: () => Promise.resolve({ kind: 'not-organiser' }),
  };
  return { api, markRunning };
}

function renderPanel(user: ForumMember, role: 'secretariat' | 'chair' | 'member', api: MeetingPanelApi, chatId = THREAD, closed = false) {
  const home = homeData(user, [forumHome(role, { meetings: [meeting] })]);
  const minutesVersions = fakePart<MinutesVersionsApi>('stores.minutesVersions', { closure: () => Promise.resolve({ closed }) });
  const stores = fakeStores({ home: memoryHome(home), minutesDraft: draftStore, minutesVersions });
  const services = { host: createFakeHost({ user }), stores, config: loadConfig({}), clock: () => NOW };
  const context: TeamsMeetingContext = { meetingId: 'm', chatId, frame: 'sidePanel' };
  render(<MeetingPanelApp services={services} panel={api} meeting={context} />);
}

describe('the Teams meeting panel', () => {
  it('shows the secretariat circulated minutes read only, and says where they are changed', async () => {
    const { api, markRunning } = panelStore();
    renderPanel(SECRETARY, 'secretariat', api, THREAD, true);
    expect(await screen.findByText(/^Referatet er udsendt og kan ikke ændres her/)).toBeTruthy();
    const item = screen.getByRole('region', { name: '2. Økonomi' });
    expect(within(item).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start punkt/ })).toBeNull();
    expect(markRunning).not.toHaveBeenCalled();
  });

  it('lets the secretariat start the due item, and then says the meeting is 3 min behind', async () => {
    const { api, markRunning } = panelStore();
    renderPanel(SECRETARY, 'secretariat', api);
    const clock = await screen.findByRole('region', { name: 'Tidsplan' });
    expect(within(clock).getByText('Ifølge tidsplanen nu: punkt 2. Økonomi')).toBeTruthy();
    expect(within(clock).getByText('Intet punkt er markeret som i gang.')).toBeTruthy();
    const item = screen.getByRole('region', { name: '2. Økonomi' });
    expect(within(item).getByRole('textbox', { name: /^Referat/ })).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Start punkt 2' }));
    expect(await within(clock).findByText('3 min bagud')).toBeTruthy();
    expect(markRunning).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'g-ksg' }), 'a2', NOW);
    expect(screen.getByText('Punkt 2 er markeret som i gang.')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Start punkt 2' })).toBeNull();
  });

  it('shows a co-chair the same agenda, clock and minutes with no field, choice or button at all', async () => {
    renderPanel(CHAIRS[0] as ForumMember, 'chair', panelStore({ a2: '2027-03-11T08:13:00Z' }).api);
    const item = await screen.findByRole('region', { name: '2. Økonomi' });
    expect(within(item).getByText('Drøftet.')).toBeTruthy();
    expect(within(item).getByText('Godkendt.')).toBeTruthy();
    expect(await screen.findByText('3 min bagud')).toBeTruthy();
    expect(screen.getByText('Lars Harbo – I salen')).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('shows a member the agenda and clock, not the draft minutes the chairs have yet to approve', async () => {
    renderPanel(MEMBER, 'member', panelStore().api);
    const item = await screen.findByRole('region', { name: '2. Økonomi' });
    expect(within(item).queryByText('Drøftet.')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Fremmøde' })).toBeNull();
    expect(screen.getByText('Du ser dagsordenen. Referatet skrives af sekretariatet.')).toBeTruthy();
  });

  it('says plainly when the Teams meeting is not a forum meeting', async () => {
    renderPanel(SECRETARY, 'secretariat', panelStore().api, '19:meeting_other@thread.v2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ikke et forummøde' })).toBeTruthy();
  });
});
