/** @jest-environment jsdom */
import '../../../jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../../src/config/app-config';
import type { ActionItem, Forum } from '../../../../../../src/domain/types';
import { createFakeHost } from '../../../../../../src/host/fake-host';
import { ForumItemChangedError, type HandoverRequest, type SuccessorApi } from '../../../../../../src/store/successor/successor-api';
import { AppProviders } from '../../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../../support/test-i18n';
import { EndForumTab } from '../../../../../../src/ui/views/secretariat/successor/EndForumTab';
import { forumHome, homeData, MEMBER, NOW, SECRETARY, SUBMISSIONS } from '../../../fixtures';
import { fakeStores, memoryHome } from '../../../../support/fake-stores';

/**
 * "Afslut forum": what moves is shown before anything is written, the members who continue are chosen by checkbox,
 * the step is confirmed once, and the handover names the successor, the chosen members and who ended it.
 */
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

const forum: Forum = forumHome('secretariat').forum;
const action: ActionItem = {
  id: 'a1',
  meetingId: 'm1',
  title: 'Udarbejd fælles forløbsbeskrivelse',
  ownerEmail: MEMBER.email,
  ownerName: MEMBER.name,
  due: '2026-06-01T10:00:00Z',
  status: 'open',
};

function renderTab(api: SuccessorApi, onEnded = jest.fn()) {
  const i18n = createTestI18n('da');
  const services = {
    host: createFakeHost({ user: SECRETARY }),
    stores: fakeStores({ home: memoryHome(homeData(SECRETARY, [])) }),
    config: loadConfig({}),
    clock: () => NOW,
  };
  render(
    <AppProviders services={services} i18n={i18n}>
      <EndForumTab
        forum={forum}
        candidates={[{ groupId: 'g-sr', siteId: 's-sr', name: 'Sundhedsråd Fjord' }]}
        api={api}
        onEnded={onEnded}
      />
    </AppProviders>,
  );
  return onEnded;
}

describe('ending a forum', () => {
  it('shows what moves, asks once, and hands over to the chosen successor with the members who continue', async () => {
    const requests: HandoverRequest[] = [];
    const backlog = [
      { ...(SUBMISSIONS[0] as (typeof SUBMISSIONS)[number]), id: 's9', title: 'Demensindsats', status: 'deferred' as const },
    ];
    const api: SuccessorApi = {
      preview: async () => ({ actions: [action], backlog, members: [MEMBER, ...forum.members.filter((m) => m.role === 'chair')] }),
      handOver: async (r) => {
        requests.push(r);
        return {
          actions: 1,
          backlog: 1,
          members: 3,
          settingsCopied: false,
          firstMeeting: { meetingId: 'm9', title: 'Rådsmøde 1', start: '2026-05-05T12:00:00Z', itemId: 'i9' },
        };
      },
    };
    const onEnded = renderTab(api);
    expect(await screen.findByRole('heading', { name: '1 åbent opfølgningspunkt' })).toBeTruthy();
    expect(screen.getByText('Udarbejd fælles forløbsbeskrivelse (Lars Harbo)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 punkt til kommende møder' })).toBeTruthy();
    expect(screen.getByText('Demensindsats')).toBeTruthy();

    const start = screen.getByRole('button', { name: 'Afslut forum …' }) as HTMLButtonElement;
    // No successor chosen: nothing can start.
    expect(start.disabled).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Efterfølger' }), { target: { value: 'g-sr' } });
    const members = screen.getByRole('group', { name: 'Medlemmer, der fortsætter' });
    fireEvent.click(within(members).getByRole('checkbox', { name: /^Yrsa Thomsen/ }));
    fireEvent.click(start);
    expect(requests).toEqual([]);
    const confirm = screen.getByRole('button', { name: 'Afslut og overfør' });
    expect(
      screen.getByText('Afslut Klyngestyregruppen for Fjordklyngen, og overfør arbejdet til Sundhedsråd Fjord? Det kan ikke fortrydes.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);

    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.to).toEqual({ groupId: 'g-sr', siteId: 's-sr', name: 'Sundhedsråd Fjord' });
    expect(requests[0]?.by).toBe(SECRETARY.name);
    expect([...(requests[0]?.continuing ?? [])].sort()).toEqual(
      [MEMBER.email, 'jonas.vestergaard@regionfjord.example', 'lene.damgaard@fjordby.example'].sort(),
    );
    expect(
      await screen.findByText(
        /^Klyngestyregruppen for Fjordklyngen er afsluttet\. Overført til Sundhedsråd Fjord – opfølgningspunkter: 1, punkter til kommende møder: 1, medlemmer: 3\./,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/De står på dagsordenen til Rådsmøde 1/)).toBeTruthy();
    expect(onEnded).toHaveBeenCalled();
  });

  it('says whose change to the settings stops the ending, and that nothing was changed', async () => {
    const api: SuccessorApi = {
      preview: async () => ({ actions: [action], backlog: [], members: [] }),
      handOver: () => Promise.reject(new ForumItemChangedError('Otto Udenfor')),
    };
    const onEnded = renderTab(api);
    await screen.findByRole('heading', { name: '1 åbent opfølgningspunkt' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Efterfølger' }), { target: { value: 'g-sr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afslut forum …' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afslut og overfør' }));
    expect(
      await screen.findByText(
        'Forummets indstillinger er sidst ændret af Otto Udenfor, ikke af sekretariatet. Se dem efter under Forumindstillinger, og gem dem, før forummet afsluttes. Intet er ændret.',
      ),
    ).toBeTruthy();
    expect(onEnded).toHaveBeenCalled();
  });

  it('says where the work went once the forum has ended, and offers nothing to end again', async () => {
    const api: SuccessorApi = {
      preview: async () => ({ actions: [], backlog: [], members: [] }),
      handOver: () => Promise.reject(new Error('must not run')),
    };
    const ended: Forum = {
      ...forum,
      endedRecord: JSON.stringify({
        at: '2026-04-01T08:00:00Z',
        by: 'Katrine Holm',
        successor: { groupId: 'g-sr', name: 'Sundhedsråd Fjord' },
        state: 'done',
      }),
    };
    const i18n = createTestI18n('da');
    render(
      <AppProviders
        services={{
          host: createFakeHost({ user: SECRETARY }),
          stores: fakeStores({ home: memoryHome(homeData(SECRETARY, [])) }),
          config: loadConfig({}),
        }}
        i18n={i18n}
      >
        <EndForumTab forum={ended} candidates={[]} api={api} onEnded={jest.fn()} />
      </AppProviders>,
    );
    expect(await screen.findByText(/Forummet blev afsluttet .* af Katrine Holm\. Arbejdet fortsætter i Sundhedsråd Fjord\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Afslut/ })).toBeNull();
  });
});
