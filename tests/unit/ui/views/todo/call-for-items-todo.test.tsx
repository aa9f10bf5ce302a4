/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PRESETS } from '../../../../../src/domain/commissorium';
import type { Forum } from '../../../../../src/domain/types';
import type { CallForItemsReport, CallForItemsStore } from '../../../../../src/store/call-for-items-store';
import { forumHome, homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

// Submissions for 11 June close 21 May; with the call 35 days before that it went due on 16 April (NOW is 20 April).
const SETTINGS = { ...PRESETS['horsens-2024'], deadlines: { ...PRESETS['horsens-2024'].deadlines, callForItemsDaysBefore: 35 } };

function home(over: Parameters<typeof forumHome>[1] = {}) {
  const base = forumHome('secretariat');
  return forumHome('secretariat', { forum: { ...base.forum, settings: SETTINGS }, ...over });
}

function sender(report: CallForItemsReport | Error): CallForItemsStore & { calls: { forum: Forum; now: Date }[] } {
  const calls: { forum: Forum; now: Date }[] = [];
  return {
    calls,
    sendDue: (forum, now) => {
      calls.push({ forum, now });
      return report instanceof Error ? Promise.reject(report) : Promise.resolve(report);
    },
  };
}

const SENT: CallForItemsReport = {
  sent: [
    { meetingId: '3', title: 'Klyngestyregruppemøde', start: '2026-06-11T07:00:00Z', recipients: 4, subject: 'KSG: …', recorded: true },
  ],
  skipped: [],
  stuck: [],
  failed: [],
};

describe('secretariat to-do: call for items', () => {
  it('shows the due call with its deadline, sends it through the store and says so in a live region', async () => {
    const calls = sender(SENT);
    const { host } = renderApp(homeData(SECRETARY, [home()]), { stores: { callsForItems: calls } });
    expect(await screen.findByText('Send indkaldelse af punkter til mødet 11. jun.')).toBeTruthy();
    expect(
      screen.getByText(/Frist for punkter: torsdag 21\. maj 2026\. Mailen går fra ksg-sekretariat@regionfjord\.example til 4 medlemmer/),
    ).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Send indkaldelse nu til mødet 11. jun.' });
    expect(button.textContent).toBe('Send indkaldelse nu');
    fireEvent.click(button);
    await waitFor(() =>
      expect(host.record.notices).toEqual([{ message: 'Indkaldelsen til mødet 11. jun. er sendt til 4 medlemmer.', intent: 'success' }]),
    );
    expect(calls.calls).toHaveLength(1);
    expect(calls.calls[0]?.forum.groupId).toBe('g-ksg');
    expect(calls.calls[0]?.now).toEqual(NOW);
  });

  it('tells when someone else is sending, without reloading', async () => {
    const calls = sender({
      sent: [],
      skipped: [{ meetingId: '3', title: 'x', start: '2026-06-11T07:00:00Z', reason: 'claimed-elsewhere' }],
      stuck: [],
      failed: [],
    });
    renderApp(homeData(SECRETARY, [home()]), { stores: { callsForItems: calls } });
    fireEvent.click(await screen.findByRole('button', { name: 'Send indkaldelse nu til mødet 11. jun.' }));
    const region = await screen.findByText('Indkaldelsen til 11. jun. sendes allerede af en anden.');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
  });

  it('reports a failure as an error notice', async () => {
    const { host } = renderApp(homeData(SECRETARY, [home()]), { stores: { callsForItems: sender(new Error('offline')) } });
    fireEvent.click(await screen.findByRole('button', { name: 'Send indkaldelse nu til mødet 11. jun.' }));
    await waitFor(() => expect(host.record.notices.map((n) => n.intent)).toEqual(['error']));
    expect(screen.getByText('Indkaldelsen kunne ikke sendes. Prøv igen – der er ikke sendt noget to gange.')).toBeTruthy();
  });

  it('asks to check a call whose sending was never confirmed, and offers no button for it', async () => {
    const meetings = MEETINGS.map((m) =>
      m.id === '3' ? { ...m, callForItems: 'sending' as const, callForItemsAt: '2026-04-17T07:00:00Z' } : m,
    );
    renderApp(homeData(SECRETARY, [home({ meetings })]), { stores: { callsForItems: sender(SENT) } });
    expect(await screen.findByText('Tjek indkaldelsen til mødet 11. jun.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Send indkaldelse nu/ })).toBeNull();
  });

  it('shows nothing once the call is sent or scheduled', async () => {
    const meetings = MEETINGS.map((m) => (m.id === '3' ? { ...m, callForItems: 'scheduled' as const } : m));
    renderApp(homeData(SECRETARY, [home({ meetings })]), { stores: { callsForItems: sender(SENT) } });
    expect(await screen.findByText('2 nye punkter til vurdering')).toBeTruthy();
    // The year's timeline still lists the call-for-items dates; the to-do list asks for nothing.
    const todo = screen.getByRole('region', { name: 'Det skal gøres' });
    expect(within(todo).queryByText(/indkaldelse/i)).toBeNull();
  });
});
