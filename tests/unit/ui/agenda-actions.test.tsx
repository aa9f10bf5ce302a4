/** @jest-environment jsdom */
import './jsdom-polyfills';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../src/config/app-config';
import type { Forum, Meeting } from '../../../src/domain/types';
import { createFakeHost } from '../../../src/host/fake-host';
import type { AgendaApi, AgendaSendResult, GeneratedAgenda } from '../../../src/store/agenda/agenda-api';
import type { ForumStore } from '../../../src/store/forum-stores';
import { createMemoryStores } from '../../../src/store/stores';
import { AppProviders } from '../../../src/ui/AppProviders';
import { AgendaActions } from '../../../src/ui/components/AgendaActions';
import { createI18n } from '../../../src/ui/i18n/create-i18n';
import { homeData, MEETINGS, MEMBER, NOW, SECRETARY } from './fixtures';

/** "Dan dagsorden" / "Send dagsorden" in the meeting dialog, over a fake agenda store. */
const forum: Forum = { groupId: 'g-ksg', siteId: 's-ksg', name: 'Klyngestyregruppen', shortName: 'KSG', kind: 'steering-group', mailbox: 'ksg@regionfjord.example', members: [SECRETARY, MEMBER] };
const meeting: Meeting = { ...(MEETINGS[2] as Meeting), start: '2026-06-11T07:00:00Z', end: '2026-06-11T09:00:00Z', status: 'booked' };
const files: GeneratedAgenda = {
  docx: { id: 'd', name: 'Dagsorden 2026-06-11.docx', webUrl: 'https://x.example/Dagsorden.docx', size: 10 },
  pdf: { id: 'p', name: 'Dagsorden 2026-06-11.pdf', webUrl: 'https://x.example/Dagsorden.pdf', size: 10 },
  hash: 'h',
  changedSinceSent: false,
  overrunMinutes: 0,
};

function renderActions(user = SECRETARY, sendResult: AgendaSendResult = { outcome: 'sent', revised: false, recipients: 7, sentAt: '2026-04-20T10:00:00Z', eventUpdated: true, files }) {
  const agenda: AgendaApi & { send: jest.Mock; generate: jest.Mock } = { status: jest.fn(() => Promise.resolve({ nextRevision: 0, changed: false, changes: [] })), generate: jest.fn(() => Promise.resolve(files)), send: jest.fn(() => Promise.resolve(sendResult)) };
  const stores = { ...createMemoryStores(homeData(user, [])), forums: { load: () => Promise.resolve(forum) } as unknown as ForumStore, agenda };
  const host = createFakeHost({ user });
  const services = { host, stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createI18n('da')}>
      <AgendaActions meeting={meeting} forum={forum} />
    </AppProviders>,
  );
  return agenda;
}

describe('AgendaActions', () => {
  it('the secretariat generates the agenda and gets links to the .docx and the PDF', async () => {
    const agenda = renderActions();
    fireEvent.click(await screen.findByRole('button', { name: 'Dan dagsorden' }));
    expect(await screen.findByText('Dagsordenen er dannet i mødets mappe.')).toBeTruthy();
    expect(agenda.generate).toHaveBeenCalledWith(forum, meeting);
    expect(screen.getByRole('link', { name: 'Dagsorden (PDF)' }).getAttribute('href')).toBe('https://x.example/Dagsorden.pdf');
    expect(screen.getByRole('link', { name: 'Dagsorden (Word)' }).getAttribute('href')).toBe('https://x.example/Dagsorden.docx');
  });

  it('sends only after the confirmation, then tells how many got it and when it was sent', async () => {
    const agenda = renderActions();
    expect(await screen.findByText('Dagsordenen er ikke sendt endnu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send dagsorden' }));
    expect(agenda.send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send dagsorden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Dagsordenen er sendt til 7 modtagere.')).toBeTruthy();
    expect(agenda.send).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('sendt til 7');
    expect(screen.getByText('Dagsordenen blev sendt mandag 20. april 2026 kl. 12.00.')).toBeTruthy();
    // Sent once: the button now offers a revised agenda.
    expect(screen.getByRole('button', { name: 'Send revideret dagsorden' })).toBeTruthy();
  });

  it('an unchanged agenda is not sent again, and says so', async () => {
    renderActions(SECRETARY, { outcome: 'unchanged', revised: false, sentAt: '2026-04-19T08:00:00Z' });
    fireEvent.click(await screen.findByRole('button', { name: 'Send dagsorden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Dagsordenen er ikke ændret siden den blev sendt. Intet er sendt igen.')).toBeTruthy();
  });

  it('a member sees no agenda actions', async () => {
    renderActions(MEMBER);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Dan dagsorden' })).toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('group', { name: 'Dagsorden: dan og send' })).toBeNull();
  });
});
