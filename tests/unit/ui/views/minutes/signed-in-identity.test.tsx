/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import { approvalStatus } from '../../../../../src/domain/approval';
import type { Forum, Meeting, MinutesVersion } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { SignedInProvider } from '../../../../../src/ui/me';
import { MinutesStatus } from '../../../../../src/ui/views/minutes/MinutesStatus';
import { CHAIRS, forumHome, homeData, MEETINGS, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * Role gates use the person from `/me`, not the host's idea of the user. In Teams the host knows the
 * userPrincipalName, and a guest's UPN never matches the address the secretariat listed — here a secretary who is a
 * guest (a joint secretariat from a municipality's tenant) and an owner of the forum's group.
 */
const GUEST_UPN = 'katrine.holm_regionfjord.example#EXT#@fjordby.onmicrosoft.example';
const forum: Forum = {
  ...forumHome('secretariat').forum,
  members: [SECRETARY, MEMBER, ...CHAIRS],
  owners: [{ id: 'u-katrine', name: SECRETARY.name, email: SECRETARY.email }],
};
const meeting = { ...(MEETINGS[0] as Meeting), status: 'held' as const };
const version: MinutesVersion = {
  id: 'v1',
  meetingId: meeting.id,
  version: 1,
  contentHash: 'a'.repeat(64),
  status: 'awaiting-approval',
  createdAt: '2026-04-18T08:00:00Z',
  stamp: { createdById: 'u-katrine', createdByName: SECRETARY.name, modifiedById: 'u-katrine', modifiedByName: SECRETARY.name },
};

function renderAs(signedIn: boolean) {
  const overview = jest.fn(() =>
    Promise.resolve({
      versions: [version],
      current: version,
      approvals: [],
      status: approvalStatus(version, [], CHAIRS),
      blocker: { kind: 'rule-not-met' as const },
    }),
  );
  const minutesVersions = { overview } as unknown as MinutesVersionsApi;
  const home = homeData({ ...SECRETARY, email: SECRETARY.email }, [{ ...forumHome('secretariat'), forum }]);
  const stores = fakeStores({ home: memoryHome(home), minutesVersions });
  // The Teams host: its user is the guest's UPN and carries no object id.
  const host = createFakeHost({ user: { id: '', name: SECRETARY.name, email: GUEST_UPN } });
  const status = <MinutesStatus meeting={meeting} forum={forum} />;
  render(
    <AppProviders services={{ host, stores, config: loadConfig({}), clock: () => NOW }} i18n={createTestI18n('da')}>
      {signedIn ? (
        <SignedInProvider value={{ ...home, me: { id: 'u-katrine', name: SECRETARY.name, email: SECRETARY.email } }}>
          {status}
        </SignedInProvider>
      ) : (
        status
      )}
    </AppProviders>,
  );
  return overview;
}

describe('who the signed-in person is', () => {
  it('with /me loaded, the guest secretary is the secretariat: the minutes status shows', async () => {
    renderAs(true);
    expect(await screen.findByText('Version 1 (afventer godkendelse)')).toBeTruthy();
  });

  it('by the host’s UPN alone, nobody matches: nothing is shown (and nothing is asked of the store)', async () => {
    const overview = renderAs(false);
    await new Promise((r) => setTimeout(r, 20));
    await waitFor(() => expect(screen.queryByText(/Version 1/)).toBeNull());
    expect(overview).not.toHaveBeenCalled();
  });
});
