/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Forum } from '../../../../../src/domain/types';
import type { IntakeReport } from '../../../../../src/store/intake/sync-submissions';
import type { IntakeApi } from '../../../../../src/store/stores';
import { forumHome, homeData, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

const EMPTY: IntakeReport = {
  fetched: 0,
  created: 0,
  followUps: 0,
  consultationReplies: 0,
  autoReplies: 0,
  skipped: 0,
  duplicates: 0,
  foundInJunk: 0,
  moved: 0,
  receipts: { sent: 0, failed: 0, stuck: 0 },
  failed: [],
  restarted: false,
  submissions: [],
};

function intake(result: IntakeReport | Error): IntakeApi & { forums: Forum[] } {
  const forums: Forum[] = [];
  return {
    forums,
    sync: (forum) => {
      forums.push(forum);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    },
  };
}

describe('secretariat to-do: "Hent nye punkter"', () => {
  it('syncs the forum mailbox and says what came in, in a live region', async () => {
    const api = intake({ ...EMPTY, fetched: 6, created: 3, followUps: 1, autoReplies: 2 });
    const { host } = renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { intake: api } });
    const todo = await screen.findByRole('region', { name: 'Det skal gøres' });
    expect(within(todo).getByText('Indbakke')).toBeTruthy();
    const button = within(todo).getByRole('button', { name: 'Hent nye punkter fra ksg-sekretariat@regionfjord.example' });
    expect(button.textContent).toBe('Hent nye punkter');
    fireEvent.click(button);
    const status = await within(todo).findByText('3 nye punkter, 1 opfølgning, 2 automatiske svar sprunget over.');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(api.forums.map((f) => f.mailbox)).toEqual(['ksg-sekretariat@regionfjord.example']);
    expect(host.record.notices).toEqual([]);
  });

  it('says how many of the new items were found in junk mail', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      stores: { intake: intake({ ...EMPTY, fetched: 2, created: 2, foundInJunk: 1, moved: 2 }) },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Hent nye punkter/ }));
    expect(await screen.findByText('2 nye punkter, 1 af dem fundet i uønsket post.')).toBeTruthy();
  });

  it('says when nothing is new', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { intake: intake(EMPTY) } });
    fireEvent.click(await screen.findByRole('button', { name: /Hent nye punkter/ }));
    expect(await screen.findByText('Ingen nye punkter.')).toBeTruthy();
  });

  it('names a consultation reply and a mail that could not be recorded, and reports the failure', async () => {
    const report = {
      ...EMPTY,
      created: 1,
      consultationReplies: 1,
      autoReplies: 1,
      failed: [{ subject: 'x', status: 400, code: 'invalidRequest' }],
    };
    const { host } = renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { intake: intake(report) } });
    fireEvent.click(await screen.findByRole('button', { name: /Hent nye punkter/ }));
    expect(
      await screen.findByText('1 nyt punkt, 1 høringssvar, 1 automatisk svar sprunget over, 1 mail kunne ikke registreres.'),
    ).toBeTruthy();
    expect(host.record.notices.map((n) => n.intent)).toEqual(['error']);
  });

  it('reports a failed sync as an error notice without claiming anything was recorded twice', async () => {
    const { host } = renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { intake: intake(new Error('offline')) } });
    fireEvent.click(await screen.findByRole('button', { name: /Hent nye punkter/ }));
    await waitFor(() =>
      expect(host.record.notices).toEqual([
        { message: 'Indbakken kunne ikke læses. Prøv igen – intet registreres to gange.', intent: 'error' },
      ]),
    );
  });

  it('offers no inbox entry for a forum without a submission mailbox', async () => {
    const home = forumHome('secretariat');
    renderApp(homeData(SECRETARY, [{ ...home, forum: { ...home.forum, mailbox: '' } }]));
    await screen.findByRole('region', { name: 'Det skal gøres' });
    expect(screen.queryByRole('button', { name: /Hent nye punkter/ })).toBeNull();
  });
});
