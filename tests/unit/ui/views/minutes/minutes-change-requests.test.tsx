/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, render, screen, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { Approval, ForumMember, Meeting, MinutesVersion } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { MinutesDraftApi } from '../../../../../src/store/minutes/draft-types';
import type { MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { eagerParts } from '../../../../../src/ui/eager-parts';
import { createTestI18n } from '../../../support/test-i18n';
import { SignedInProvider } from '../../../../../src/ui/me';
import { PartsContext } from '../../../../../src/ui/parts';
import { MinutesWorkspace } from '../../../../../src/ui/views/minutes/MinutesWorkspace';
import { CHAIRS, forumHome, homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** A co-chair's change request in the minutes editor: the general comment at the top, an item's comment at that item. */

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const [jonas, yrsa, lene] = CHAIRS as [ForumMember, ForumMember, ForumMember];
const meeting = MEETINGS[0] as Meeting;
const content: MinutesContent = {
  meetingId: meeting.id,
  forumName: 'Klyngestyregruppen',
  forumShortName: 'KSG',
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: 'hybrid',
  attendance: [],
  items: [
    { agendaItemId: '10', number: 1, title: 'Økonomi', recommendations: [], referat: 'Drøftet.', beslutning: 'Budgettet blev godkendt.' },
    { agendaItemId: '11', number: 2, title: 'Sundhedsaftalen', recommendations: [], referat: '', beslutning: '' },
  ],
};
const draftStore: MinutesDraftApi = {
  load: () =>
    Promise.resolve({
      content,
      meeting: { ...meeting, etag: '"m-1"' },
      itemEtags: { '10': '"10-1"', '11': '"11-1"' },
      attendanceSaved: true,
    }),
  saveItemField: (_f, _id, _field, text) => Promise.resolve({ text, etag: '"x-2"' }),
  saveAttendance: (_f, _id, attendance) => Promise.resolve({ attendance, etag: '"m-2"' }),
};
const versions = { closure: () => Promise.resolve({ closed: false }) } as unknown as MinutesVersionsApi;

const version: MinutesVersion = {
  id: 'v1',
  meetingId: meeting.id,
  version: 1,
  contentHash: 'h1',
  status: 'awaiting-approval',
  createdAt: '2026-03-20T10:00:00Z',
};
const answer = (chair: ForumMember, over: Partial<Approval>): Approval => ({
  id: `a-${chair.email}`,
  minutesVersionId: 'v1',
  contentHash: 'h1',
  decision: 'changes-requested',
  createdBy: { id: `u-${chair.email}`, name: chair.name, email: chair.email },
  modifiedById: `u-${chair.email}`,
  createdAt: '2026-03-21T10:00:00Z',
  ...over,
});

function renderEditor(approvals: Approval[]) {
  const home = forumHome('secretariat', { minutesAwaitingApproval: [version], approvals });
  const data = homeData(SECRETARY, [home]);
  const stores = fakeStores({ home: memoryHome(data), minutesDraft: draftStore, minutesVersions: versions });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <SignedInProvider value={data}>
        <PartsContext.Provider value={eagerParts}>
          <MinutesWorkspace forum={home.forum} meeting={meeting} onClose={() => undefined} />
        </PartsContext.Provider>
      </SignedInProvider>
    </AppProviders>,
  );
}

describe('change requests in the minutes editor', () => {
  it("shows a chair's general comment at the top and an item's comment at that item, as text", async () => {
    renderEditor([
      answer(yrsa, {
        comment: 'Beslutningerne skal stå i nutid. <b>Tak</b>',
        itemComments: [{ agendaItemId: '11', comment: 'Skriv hvem der følger op.' }],
      }),
      answer(lene, { itemComments: [{ agendaItemId: '11', comment: 'Mangler datoen.' }] }),
      // Somebody else changed this one: it counts for nothing and is not shown.
      answer(jonas, { comment: 'Forfalsket', itemComments: [{ agendaItemId: '10', comment: 'Forfalsket' }], modifiedById: 'u-someone' }),
    ]);
    const item2 = await screen.findByRole('region', { name: '2. Sundhedsaftalen' });
    expect(within(item2).getByText('Ændringer ønsket til dette punkt')).toBeTruthy();
    expect(within(item2).getByText('Yrsa Thomsen: “Skriv hvem der følger op.”')).toBeTruthy();
    expect(within(item2).getByText('Lene Damgaard: “Mangler datoen.”')).toBeTruthy();
    const item1 = screen.getByRole('region', { name: '1. Økonomi' });
    expect(within(item1).queryByText('Ændringer ønsket til dette punkt')).toBeNull();

    expect(screen.getByText('Medformændene har bedt om ændringer til version 1')).toBeTruthy();
    expect(screen.getByText('“Beslutningerne skal stå i nutid. <b>Tak</b>”')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText(/^Lene Damgaard, .*: se kommentarerne ved punkterne\.$/)).toBeTruthy();
    expect(screen.queryByText(/Forfalsket/)).toBeNull();
  });

  it('shows nothing when no chair asked for changes', async () => {
    renderEditor([answer(yrsa, { decision: 'approved' })]);
    await screen.findByRole('region', { name: '2. Sundhedsaftalen' });
    expect(screen.queryByText(/bedt om ændringer/)).toBeNull();
    expect(screen.queryByText('Ændringer ønsket til dette punkt')).toBeNull();
  });
});
