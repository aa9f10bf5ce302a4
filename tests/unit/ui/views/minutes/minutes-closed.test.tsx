/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { MinutesClosure } from '../../../../../src/domain/minutes/circulated-trail';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { Forum, ForumMember, Meeting, MinutesReopening } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { MinutesDraftApi } from '../../../../../src/store/minutes/draft-types';
import type { MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { eagerParts } from '../../../../../src/ui/eager-parts';
import { PartsContext } from '../../../../../src/ui/parts';
import { createTestI18n } from '../../../support/test-i18n';
import { MinutesWorkspace } from '../../../../../src/ui/views/minutes/MinutesWorkspace';
import { CHAIRS, homeData, MEETINGS, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * Circulated minutes in the editor: read only, "Send til formandskabet" refused with the reason, and "Genåbn referat"
 * (the secretariat's only) which asks why before anything is recorded; reopened, the minutes can be edited and sent
 * as a new version.
 */

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const meeting: Meeting = { ...(MEETINGS[0] as Meeting), status: 'minutes-approved' };
const forum: Forum = {
  groupId: 'g-ksg',
  siteId: 's-ksg',
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@x.example',
  members: [SECRETARY, MEMBER, ...CHAIRS],
  owners: [{ id: 'u-secretary', name: SECRETARY.name, email: SECRETARY.email }],
};
const content: MinutesContent = {
  meetingId: meeting.id,
  forumName: forum.name,
  forumShortName: 'KSG',
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: 'hybrid',
  attendance: [{ email: 'lars@x.example', name: 'Lars Harbo', organisation: 'Skovlund Kommune', presence: 'apology' }],
  items: [
    { agendaItemId: '10', number: 1, title: 'Økonomi', recommendations: [], referat: 'Drøftet.', beslutning: 'Budgettet blev godkendt.' },
  ],
};
const draftStore: MinutesDraftApi = {
  load: () => Promise.resolve({ content, meeting: { ...meeting, etag: '"m-1"' }, itemEtags: { '10': '"10-1"' }, attendanceSaved: true }),
  saveItemField: (_f, _id, _field, text) => Promise.resolve({ text, etag: '"10-2"' }),
  saveAttendance: (_f, _id, attendance) => Promise.resolve({ attendance, etag: '"m-2"' }),
};
const CIRCULATED: MinutesClosure = {
  closed: true,
  circulated: { id: 'v2', version: 2, contentHash: 'a'.repeat(64), finalAt: '2026-04-20T08:00:00Z' },
  circulatedAt: '2026-04-20T08:00:00Z',
};

function fakeVersions() {
  let closure = CIRCULATED;
  const api: MinutesVersionsApi & { reopen: jest.Mock } = {
    freeze: () => Promise.reject(new Error('not used')),
    requestApprovals: () => Promise.reject(new Error('not used')),
    remindApprovals: () => Promise.reject(new Error('not used')),
    remindDue: () => Promise.resolve(0),
    circulate: () => Promise.reject(new Error('not used')),
    overview: () => Promise.reject(new Error('not used')),
    dismissMissingAnswers: () => Promise.resolve(),
    archivePackage: () => Promise.reject(new Error('not used')),
    closure: () => Promise.resolve(closure),
    reopen: jest.fn((_forum: Forum, _meeting: Pick<Meeting, 'id'>, reason: string, by: string) => {
      const reopening: MinutesReopening = { version: 2, hash: 'a'.repeat(64), reason, by, at: '2026-04-22T09:00:00Z' };
      closure = { ...CIRCULATED, closed: false, reopened: reopening };
      return Promise.resolve({ outcome: 'reopened' as const, reopening });
    }),
  };
  return api;
}

function renderWorkspace(api: MinutesVersionsApi, user: ForumMember = SECRETARY) {
  const stores = fakeStores({ home: memoryHome(homeData(user, [])), minutesDraft: draftStore, minutesVersions: api });
  const services = { host: createFakeHost({ user }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <PartsContext.Provider value={eagerParts}>
        <MinutesWorkspace forum={forum} meeting={meeting} onClose={() => undefined} />
      </PartsContext.Provider>
    </AppProviders>,
  );
}

const referat = async () =>
  within(await screen.findByRole('region', { name: '1. Økonomi' })).getByRole('textbox', { name: /^Referat/ }) as HTMLTextAreaElement;
const sendButton = () => screen.getByRole('button', { name: 'Send til formandskabet' });

describe('circulated minutes in the editor', () => {
  it('open read only, with "Send til formandskabet" refused and saying why', async () => {
    renderWorkspace(fakeVersions());
    expect(
      await screen.findByText(
        'Referatet er udsendt mandag 20. april 2026 kl. 10.00 og kan ikke ændres. Genåbn det for at lave en ny version.',
      ),
    ).toBeTruthy();
    await waitFor(async () => expect((await referat()).readOnly).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Vis fremmøde' }));
    expect((screen.getByRole('combobox', { name: 'Deltagelse for Lars Harbo' }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Tilføj gæst' })).toBeNull();
    expect(sendButton().getAttribute('aria-disabled')).toBe('true');
    expect(sendButton().getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(sendButton().getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Referatet er udsendt og kan ikke sendes til formandskabet igen, før det er genåbnet.',
    );
    fireEvent.click(sendButton());
    expect(screen.queryByRole('button', { name: 'Annuller' })).toBeNull();
  });

  it('reopen only with a reason, recorded with who; then the minutes can be edited and sent as a new version', async () => {
    const api = fakeVersions();
    renderWorkspace(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Genåbn referat' }));
    const reason = screen.getByRole('textbox', { name: /^Begrundelse/ });
    expect(document.activeElement).toBe(reason);
    fireEvent.click(screen.getByRole('button', { name: 'Genåbn' }));
    expect(await screen.findByText('Skriv, hvorfor referatet genåbnes.')).toBeTruthy();
    expect(api.reopen).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: 'Beløbet i punkt 1 er forkert' } });
    fireEvent.click(screen.getByRole('button', { name: 'Genåbn' }));
    await waitFor(() => expect(api.reopen).toHaveBeenCalledWith(forum, meeting, 'Beløbet i punkt 1 er forkert', SECRETARY.name));
    expect(await screen.findByText(/Referatet er genåbnet\. Ret det, og send det til formandskabet som version 3\./)).toBeTruthy();
    expect(screen.getByText(/Genåbnet onsdag 22\. april 2026 kl\. 11\.00 af Katrine Holm: “Beløbet i punkt 1 er forkert”/)).toBeTruthy();
    await waitFor(async () => expect((await referat()).readOnly).toBe(false));
    expect(sendButton().getAttribute('aria-disabled')).not.toBe('true');
  });

  it('cancelling hands focus back to "Genåbn referat"', async () => {
    renderWorkspace(fakeVersions());
    fireEvent.click(await screen.findByRole('button', { name: 'Genåbn referat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Genåbn referat' })));
  });

  it('offers no "Genåbn referat" to anyone but the secretariat', async () => {
    renderWorkspace(fakeVersions(), CHAIRS[0] as ForumMember);
    expect(await screen.findByText(/Referatet er udsendt mandag 20\. april 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Genåbn referat' })).toBeNull();
  });
});
