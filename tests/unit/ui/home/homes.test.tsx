/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphError } from '../../../../src/graph/graph-types';
import { CHAIRS, forumHome, homeData, MEETINGS, MEMBER, SECRETARY } from '../fixtures';
import { renderApp } from '../render-app';

const chair = CHAIRS[0] ?? SECRETARY;

describe('secretariat home', () => {
  it('shows the forum, the year of meetings with kind and status, and what needs doing', async () => {
    // March's meeting has its minutes approved: finished.
    renderApp(
      homeData(SECRETARY, [
        forumHome('secretariat', { meetings: MEETINGS.map((m) => (m.id === '1' ? { ...m, status: 'minutes-approved' as const } : m)) }),
      ]),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeTruthy();
    const year = screen.getByRole('list', { name: 'Årets møder 2026' });
    const months = () =>
      within(year)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === year);
    // The year opens at this month (20 April): March, gone by and finished, is folded behind one button.
    expect(months()).toHaveLength(3); // May, June, October: 2027's meeting is not in this year
    expect(within(year).queryByText('torsdag 12. marts 2026, kl. 09.00–11.00')).toBeNull();
    const fold = screen.getByRole('button', { name: 'Vis marts (1 møde)' });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(fold);
    expect(months()).toHaveLength(4);
    expect(within(year).getByText('torsdag 12. marts 2026, kl. 09.00–11.00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skjul marts' }).getAttribute('aria-expanded')).toBe('true');
    // "Næste" is one click from the meeting: the entry is focused.
    fireEvent.click(screen.getByRole('button', { name: /^Næste: / }));
    expect(document.activeElement?.getAttribute('data-meeting-ref')).toBe('2');
    expect(within(year).getByText('Planlægningsmøde', { selector: 'span' })).toBeTruthy();
    expect(within(year).getByText('Referat godkendt')).toBeTruthy();
    expect(within(year).getByText('Aflyst')).toBeTruthy();
    expect(within(year).getAllByText('Booket')).toHaveLength(2);
    expect(screen.getByText('2 nye punkter til vurdering')).toBeTruthy();
    // 21 days before Thursday 11 June is Thursday 21 May
    expect(screen.getByText('Frist for punkter til 11. jun.: torsdag 21. maj 2026')).toBeTruthy();
    expect(screen.getByText('Forsiden er indlæst').getAttribute('role')).toBe('status');
  });

  it('folds a past month whose only meeting is a held planning meeting (it has no minutes)', async () => {
    const meetings = MEETINGS.map((m) =>
      m.id === '1' ? { ...m, kind: 'planning' as const, title: 'Planlægningsmøde', status: 'held' as const } : m,
    );
    renderApp(homeData(SECRETARY, [forumHome('secretariat', { meetings })]));
    expect(await screen.findByRole('button', { name: 'Vis marts (1 møde)' })).toBeTruthy();
  });

  it('keeps a month in view while its meeting waits for its minutes', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]));
    const year = await screen.findByRole('list', { name: 'Årets møder 2026' });
    expect(within(year).getByText('torsdag 12. marts 2026, kl. 09.00–11.00')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Vis marts/ })).toBeNull();
  });

  it('says so when nothing needs doing', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat', { submissions: [], deadlines: {} })]));
    expect(await screen.findByText('Der er intet, der venter på dig lige nu.')).toBeTruthy();
  });
});

describe('chair home', () => {
  it('renders the empty approval queue', async () => {
    renderApp(homeData(chair, [forumHome('chair')]));
    expect(await screen.findByRole('heading', { name: 'Til godkendelse' })).toBeTruthy();
    expect(screen.getByText('Ingen referater venter på din godkendelse')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Næste møde' })).toBeTruthy();
    expect(screen.getAllByText('torsdag 11. juni 2026, kl. 09.00–11.00').length).toBeGreaterThan(0);
    expect(screen.getByText('torsdag 28. maj 2026, kl. 09.00–10.00')).toBeTruthy();
  });

  it('lists minutes I have not approved, with how many chairs have', async () => {
    const version = {
      id: 'v1',
      meetingId: '1',
      version: 2,
      contentHash: 'abc',
      status: 'awaiting-approval' as const,
      createdAt: '2026-03-20T10:00:00Z',
    };
    const other = CHAIRS[1] ?? chair;
    const approval = {
      id: 'a1',
      minutesVersionId: 'v1',
      contentHash: 'abc',
      decision: 'approved' as const,
      createdBy: { id: 'u2', name: other.name, email: other.email },
      modifiedById: 'u2',
      createdAt: '2026-03-21T10:00:00Z',
    };
    renderApp(homeData(chair, [forumHome('chair', { minutesAwaitingApproval: [version], approvals: [approval] })]));
    expect(await screen.findByText('Referat fra torsdag 12. marts 2026, version 2')).toBeTruthy();
    expect(screen.getByText('1 af 3 medformænd har godkendt')).toBeTruthy();
  });
});

describe('member home', () => {
  it('shows my submitted items with status and the next meeting with a Teams link', async () => {
    const { host } = renderApp(homeData(MEMBER, [forumHome('member')]));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine møder – Klyngestyregruppen for Fjordklyngen' })).toBeTruthy();
    expect(screen.getByText('Fælles forløb for borgere med KOL')).toBeTruthy();
    expect(screen.getByText('Modtaget')).toBeTruthy();
    expect(screen.getByText('På dagsordenen')).toBeTruthy();
    expect(screen.queryByText('Status på sundhedsaftalen')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Deltag i Teams-møde' }));
    expect(host.record.deepLinks).toEqual([{ path: 'https://teams.example/3', label: 'Klyngestyregruppemøde' }]);
  });
});

describe('the app around the homes', () => {
  it('switches to English', async () => {
    renderApp(homeData(chair, [forumHome('chair')]));
    await screen.findByText('Ingen referater venter på din godkendelse');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('No minutes are waiting for your approval')).toBeTruthy();
    expect(screen.getAllByText('Thursday 11 June 2026, 09:00–11:00').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers one tab per role and the highest role per forum', async () => {
    const theme = { ...forumHome('member'), forum: { ...forumHome('member').forum, groupId: 'g-theme', name: 'Temagruppen for ældre' } };
    renderApp(homeData(chair, [forumHome('chair'), theme]));
    const tabs = await screen.findAllByRole('tab');
    expect(tabs).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Formandskab', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Medlem' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine møder – Temagruppen for ældre' })).toBeTruthy();
    expect(window.location.hash).toBe('#/member');
  });

  it('gives every button an accessible name and has the landmarks', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]));
    await screen.findByRole('heading', { level: 1 });
    for (const button of screen.getAllByRole('button')) {
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      const labelledBy = button.getAttribute('aria-labelledby');
      expect(name.trim() !== '' || labelledBy !== null).toBe(true);
    }
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('shows an actionable Danish error with a retry that works', async () => {
    let fail = true;
    const data = homeData(SECRETARY, [forumHome('secretariat')]);
    renderApp(() => (fail ? Promise.reject(new GraphError(503, 'serviceUnavailable', 'x')) : Promise.resolve(data)));
    expect(await screen.findByText('Microsoft 365 svarer ikke lige nu. Prøv igen om lidt – dine data er ikke berørt.')).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' })));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Sekretariat'));
  });

  it('tells a person without forums what to do', async () => {
    renderApp(homeData(MEMBER, []));
    expect(await screen.findByText(/Du er ikke medlem af et forum/)).toBeTruthy();
  });

  it('shows the host context line when the host has a message open', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: {
        currentMessage: () =>
          Promise.resolve({
            id: 'm',
            subject: 'Sagsfremstilling: KOL',
            from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
          }),
      },
    });
    expect(await screen.findByText('Åben mail: "Sagsfremstilling: KOL" fra Lars Harbo')).toBeTruthy();
  });
});
