/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Forum } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { Deviation } from '../../../../../src/store/site-permissions/audit';
import type { SiteProtection } from '../../../../../src/store/site-permissions/site-protection';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { ForumProtection } from '../../../../../src/ui/views/secretariat/ForumProtection';
import { forumHome, homeData, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** The secretariat's warnings: rows and settings others wrote, and a site without the permissions provision sets. */
const OWNERS = [{ id: 'u-sec', name: SECRETARY.name, email: SECRETARY.email }];

function renderWith(forum: Partial<Forum>, protection?: SiteProtection) {
  const home = forumHome('secretariat');
  const withForum = { ...home, forum: { ...home.forum, owners: OWNERS, ...forum } };
  const siteProtection = jest.fn(() => Promise.resolve(protection ?? { status: 'protected' as const }));
  const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [withForum])), siteProtection });
  render(
    <AppProviders
      services={{ host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW }}
      i18n={createTestI18n('da')}
    >
      <ForumProtection home={withForum} />
    </AppProviders>,
  );
  return siteProtection;
}

const deviation = (subject: string, da: string): Deviation => ({
  kind: 'inherits',
  subject,
  words: { da, en: da },
  target: { kind: 'list', list: 'Members' },
});

describe('ForumProtection', () => {
  it('says nothing when the site is protected and every row is the secretariat’s', async () => {
    const check = renderWith({});
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.body.textContent).toBe('');
  });

  it('names the member rows someone else wrote, and where to confirm them', async () => {
    const forged = { ...MEMBER, role: 'observer' as const, unverified: { listedRole: 'chair' as const, by: 'Lars Harbo' } };
    const changedByOther = {
      ...MEMBER,
      id: 'm2',
      name: 'Mette Lund',
      email: 'mette@x.example',
      role: 'observer' as const,
      unverified: { listedRole: 'member' as const, by: 'Lars Harbo' },
    };
    renderWith({ members: [SECRETARY, forged, changedByOther] });
    expect(
      await screen.findByText(
        /2 rækker i medlemslisten er skrevet eller ændret af andre end sekretariatet \(Lars Harbo, Mette Lund \(ændret af Lars Harbo\)\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Forumindstillinger → Medlemmer/)).toBeTruthy();
  });

  it('tells the secretariat the site lacks the permissions, what is missing and what to run', async () => {
    const deviations = Array.from({ length: 8 }, (_, i) => deviation(`Liste ${i + 1}`, 'arver rettigheder fra webstedet'));
    renderWith({ settingsUnverified: { by: 'Lars Harbo' } }, { status: 'unprotected', deviations });
    expect(await screen.findByText(/mangler 8 af de rettigheder.*sekretariat provision --site s-ksg/)).toBeTruthy();
    expect(screen.getByText('Liste 1: arver rettigheder fra webstedet')).toBeTruthy();
    expect(screen.getByText('… og 2 mere')).toBeTruthy();
    expect(screen.getByText(/indstillinger er ændret af Lars Harbo/)).toBeTruthy();
  });
});
