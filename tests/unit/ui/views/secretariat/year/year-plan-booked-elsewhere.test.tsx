/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { PRESETS } from '../../../../../../src/domain/commissorium';
import type { DraftMeeting } from '../../../../../../src/domain/plan-draft';
import type { ForumRef } from '../../../../../../src/domain/types';
import type { BookingInput, BookingResult } from '../../../../../../src/store/booking';
import type { MeetingYearApi } from '../../../../../../src/store/stores';
import { createStores, type ForumStores } from '../../../../../../src/store/stores';
import { FakeGraph } from '../../../../store/fake-graph';
import { forumHome, homeData, SECRETARY } from '../../../fixtures';
import { renderApp } from '../../../render-app';

/**
 * Two secretaries (or two tabs) book the same year at once: the booking that lost the race for the items gets every
 * meeting back booked — by the other — and the dialog says the year is booked, not that something failed.
 */
function setup(result: (meetings: readonly DraftMeeting[]) => BookingResult) {
  const booked: BookingInput['meetings'][] = [];
  const year: MeetingYearApi = {
    book: (input) => {
      booked.push(input.meetings);
      return Promise.resolve(result(input.meetings));
    },
    schedules: () => Promise.resolve([]),
    suggestTimes: () => Promise.resolve([]),
    move: () => Promise.reject(new Error('not in this test')),
    cancel: () => Promise.reject(new Error('not in this test')),
  };
  const base = createStores(new FakeGraph(() => ({ status: 404 })), []);
  const forum = (ref: ForumRef): ForumStores => {
    const stores = base.forum?.(ref);
    if (!stores) throw new Error('createStores gives forum stores');
    return { ...stores, year };
  };
  const home = forumHome('secretariat');
  const data = homeData(SECRETARY, [
    { ...home, forum: { ...home.forum, settings: PRESETS['horsens-2024'], settingsItem: { id: '1', etag: '"s,1"' } } },
  ]);
  const { host } = renderApp(data, { stores: { forum } });
  return { host, booked };
}

async function bookTheYear(): Promise<HTMLElement> {
  const open = (await screen.findByText('Læg årsplan for 2026', { selector: 'button' })) as HTMLElement;
  act(() => open.focus());
  fireEvent.click(open);
  const heading = await screen.findByText('Årsplan 2026', { selector: 'h2' });
  const dialog = heading.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no plan dialog');
  const book = await waitFor(() => {
    const found = Array.from(dialog.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => /^Book \d+ møder?$/.test(b.textContent?.trim() ?? '') && !b.disabled,
    );
    if (!found) throw new Error('no enabled book button');
    return found;
  });
  // Booking reloads the home when done: let that settle inside act.
  await act(async () => {
    fireEvent.click(book);
    await Promise.resolve();
  });
  return dialog;
}

describe('booking a year that a colleague booked at the same moment', () => {
  it('tells the secretary the year is booked, how many a colleague or another tab booked, and reports no failure', async () => {
    const { host, booked } = setup((meetings) => ({
      ok: true,
      meetings: meetings.map((m, i) => ({ meetingRef: m.meetingRef, itemId: String(100 + i), bookedElsewhere: true })),
    }));
    const dialog = await bookTheYear();
    await waitFor(() => expect(host.record.notices.map((n) => n.intent)).toEqual(['success']));
    const ordinary = (booked[0] ?? []).filter((m) => !m.meetingRef.endsWith('-P')).length;
    expect(ordinary).toBeGreaterThan(0);
    expect(dialog.textContent).toContain(`${ordinary} møder er booket i gruppekalenderen`);
    expect(dialog.textContent).toContain(`${ordinary} af dem var allerede booket af en kollega eller fra en anden fane`);
    expect(dialog.textContent).not.toContain('kunne ikke bookes');
  });

  it('says nothing of colleagues when this booking made every meeting itself', async () => {
    setup((meetings) => ({ ok: true, meetings: meetings.map((m, i) => ({ meetingRef: m.meetingRef, itemId: String(100 + i) })) }));
    const dialog = await bookTheYear();
    await waitFor(() => expect(dialog.textContent).toContain('er booket i gruppekalenderen'));
    expect(dialog.textContent).not.toContain('kollega');
  });
});
