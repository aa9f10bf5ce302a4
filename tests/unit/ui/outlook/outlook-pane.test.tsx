/** @jest-environment jsdom */
import { configure, fireEvent, screen, within } from '@testing-library/react';
import type { Submission } from '../../../../src/domain/types';
import type { MessageRef } from '../../../../src/host/capabilities';
import type { HomeData } from '../../../../src/store/home-data';
import type { IntakeMessage, OutlookIntakeApi } from '../../../../src/store/outlook-intake';
import { forumHome, homeData, SECRETARY } from '../fixtures';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 8000 });

const SHARED = 'ksg-sekretariat@regionfjord.example';
const REF: MessageRef = {
  id: 'AAMk-rest',
  subject: 'Sagsfremstilling: Fælles forløb',
  from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
  sharedMailbox: SHARED,
};
const MESSAGE: IntakeMessage = {
  id: 'AAMk-rest',
  mailbox: SHARED,
  receivedAt: '2026-04-18T08:00:00Z',
  mail: {
    subject: 'Sagsfremstilling: Fælles forløb',
    from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
    to: [{ name: 'KSG', address: SHARED }],
    html: '<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter forløbet</li></ul>',
    attachments: [],
    internetMessageId: '<f1@skovlund.example>',
  },
  attachments: [],
};

function intake(existing?: Submission): OutlookIntakeApi {
  return {
    load: () => Promise.resolve(MESSAGE),
    find: () => Promise.resolve(existing),
    add: () => Promise.reject(new Error('not in this test')),
  };
}

describe('The Outlook task pane leads with the open item', () => {
  it('shows the item’s action at once, and the home only when the person goes to it; a half-filled form survives the visit', async () => {
    let resolve: (data: HomeData) => void = () => undefined;
    const pending = new Promise<HomeData>((r) => {
      resolve = r;
    });
    renderApp(() => pending, { host: { currentMessage: () => Promise.resolve(REF) }, stores: { outlookIntake: intake() } });
    // Before the home has loaded: the pane already says what it offers for the mail.
    expect(await screen.findByRole('region', { name: 'Tilføj til dagsorden' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Mailen' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Årets møder og opgaver' }).getAttribute('aria-selected')).toBe('false');

    resolve(homeData(SECRETARY, [forumHome('secretariat')]));
    const title = await screen.findByRole('textbox', { name: /Titel/ });
    const panel = screen.getByRole('region', { name: 'Tilføj til dagsorden' });
    await within(within(panel).getByRole('group', { name: 'Mailen på dagsordenen' })).findByText('Ikke tilføjet endnu');
    expect(within(panel).getByRole('button', { name: 'Tilføj til dagsorden' })).toBeTruthy();
    // The year and the to-do list are not rendered behind the item.
    expect(screen.queryByRole('heading', { name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeNull();
    fireEvent.change(title, { target: { value: 'Rettet titel' } });

    fireEvent.click(screen.getByRole('tab', { name: 'Årets møder og opgaver' }));
    expect(await screen.findByRole('heading', { name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeTruthy();
    expect(screen.getByRole('tabpanel', { name: 'Årets møder og opgaver' })).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Mailen' }));
    expect(
      (within(screen.getByRole('region', { name: 'Tilføj til dagsorden' })).getByRole('textbox', { name: /Titel/ }) as HTMLInputElement)
        .value,
    ).toBe('Rettet titel');
  });

  it('says up front which item the mail is, for which meeting, and how far it has come', async () => {
    const before: Submission = {
      id: '7',
      forumId: 'g-ksg',
      reference: 'KSG-0007',
      title: 'Tidligere punkt',
      senderName: '',
      senderAddress: '',
      receivedAt: '',
      status: 'accepted',
      meetingId: '3',
      recommendations: [],
      description: '',
      internetMessageId: '<f1@skovlund.example>',
      etag: '"1"',
    };
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { currentMessage: () => Promise.resolve(REF) },
      stores: { outlookIntake: intake(before) },
    });
    // (The region is first the pane's loading card, then the form's: found anew, not held.)
    const status = await screen.findByRole('group', { name: 'Mailen på dagsordenen' });
    await within(status).findByText('KSG-0007: sat på dagsordenen');
    expect(within(status).getByText(/^Klyngestyregruppemøde, torsdag 11\. juni 2026$/)).toBeTruthy();
  });

  it('in English too', async () => {
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { locale: 'en', currentMessage: () => Promise.resolve(REF) },
      stores: { outlookIntake: intake() },
    });
    await screen.findByText('Not added yet');
    const panel = screen.getByRole('region', { name: 'Add to agenda' });
    expect(screen.getByRole('tab', { name: 'The e-mail' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Meetings and to-dos' })).toBeTruthy();
    // The form comes once the answer is on screen.
    expect(await within(panel).findByRole('button', { name: 'Add to agenda' })).toBeTruthy();
  });
});
