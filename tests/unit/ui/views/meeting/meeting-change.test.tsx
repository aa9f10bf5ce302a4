/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeetingChangedError } from '../../../../../src/store/agenda/agenda-api';
import { ConflictError } from '../../../../../src/store/failures';
import type { ForumStores } from '../../../../../src/store/stores';
import { forumHome, homeData, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

/** The secretariat's home over a year store whose move fails with `failure`: opens "Flyt mødet" and clicks it. */
async function moveRefusedWith(
  failure: Error,
): Promise<{ dialog: HTMLElement; move: jest.Mock; loadsBefore: number; loads: () => number }> {
  let loads = 0;
  const home = forumHome('secretariat');
  const data = homeData(SECRETARY, [{ ...home, forum: { ...home.forum, settingsItem: { id: '1', etag: '"1"' } } }]);
  const move = jest.fn(() => Promise.reject(failure));
  const forum = (() => ({
    year: { move, cancel: jest.fn(), book: jest.fn(), suggestTimes: jest.fn(), schedules: jest.fn() },
  })) as unknown as (ref: unknown) => ForumStores;
  renderApp(
    () => {
      loads += 1;
      return Promise.resolve(data);
    },
    { stores: { forum } },
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Handlinger for Klyngestyregruppemøde' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Flyt mødet' }));
  const dialog = await screen.findByRole('dialog');
  const loadsBefore = loads;
  fireEvent.click(within(dialog).getByRole('button', { name: 'Flyt mødet' }));
  return { dialog, move, loadsBefore, loads: () => loads };
}

/** A colleague moved the meeting first: their change holds its item, so this move meets a 412 (store/meeting-changes.ts). */
describe('moving a meeting a colleague changed meanwhile', () => {
  it('says the meeting was changed by someone else and shows the year as it is now, instead of a save error', async () => {
    const { dialog, move, loadsBefore, loads } = await moveRefusedWith(new ConflictError('Meetings', '3'));
    expect(await within(dialog).findByText(/En anden har ændret mødet imens \(flyttet eller aflyst det\)/)).toBeTruthy();
    expect(move).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(loads()).toBeGreaterThan(loadsBefore));
  });
});

/** A member changed the meeting's item (a site without the tenant's permissions): the store refuses the move. */
describe('moving a meeting someone other than the secretariat changed', () => {
  it('names who changed it and says to confirm the meeting first; the year is not reloaded as if it had moved', async () => {
    const { dialog, loadsBefore, loads } = await moveRefusedWith(new MeetingChangedError('Klyngestyregruppemøde', 'Otto Olsen'));
    expect(
      await within(dialog).findByText(/Klyngestyregruppemøde er ændret af Otto Olsen, ikke af sekretariatet, så det er ikke flyttet/),
    ).toBeTruthy();
    expect(within(dialog).getByText(/Åbn mødet, tjek dets oplysninger og bekræft dem/)).toBeTruthy();
    expect(loads()).toBe(loadsBefore);
  });
});
