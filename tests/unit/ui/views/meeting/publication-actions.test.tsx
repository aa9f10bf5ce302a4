/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { render, screen, fireEvent } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Forum, Meeting } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import { AgendaItemsChangedError, MeetingChangedError } from '../../../../../src/store/agenda/agenda-api';
import type { ForumStore } from '../../../../../src/store/forum-stores';
import type { PublicationApi } from '../../../../../src/store/publication/publication-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { PublicationActions } from '../../../../../src/ui/views/meeting/PublicationActions';
import { createTestI18n } from '../../../support/test-i18n';
import { fakeStores, memoryHome } from '../../../support/fake-stores';
import { forumHome, homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';

/** "Offentliggør dagsorden" when parts of the agenda were written by someone other than the secretariat. */
const forum: Forum = forumHome('secretariat').forum;
const meeting: Meeting = { ...(MEETINGS[2] as Meeting), status: 'booked' };

function renderPublication(refusal: Error): jest.Mock {
  const publish = jest.fn(() => Promise.reject(refusal));
  const publication: PublicationApi = { status: () => Promise.resolve({ decisionsReady: false }), publish };
  const stores = fakeStores({
    home: memoryHome(homeData(SECRETARY, [])),
    forums: { load: () => Promise.resolve(forum) } as unknown as ForumStore,
    publication,
  });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <PublicationActions meeting={meeting} forum={forum} />
    </AppProviders>,
  );
  return publish;
}

describe('PublicationActions', () => {
  it('a meeting someone else changed: says who, and that nothing was published — not "try again"', async () => {
    const publish = renderPublication(new MeetingChangedError('Møde 2/2026', 'Otto Udenfor'));
    fireEvent.click(await screen.findByRole('button', { name: 'Offentliggør dagsorden' }));
    expect(
      await screen.findByText(/Mødets oplysninger er ændret af Otto Udenfor, ikke af sekretariatet, så intet er offentliggjort/),
    ).toBeTruthy();
    expect(screen.queryByText(/Prøv igen/)).toBeNull();
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('items someone else planted: names them and who wrote them', async () => {
    renderPublication(new AgendaItemsChangedError([{ title: 'Gratis kurser', by: 'Otto Udenfor' }]));
    fireEvent.click(await screen.findByRole('button', { name: 'Offentliggør dagsorden' }));
    expect(
      await screen.findByText(
        'Punktet „Gratis kurser“ (Otto Udenfor) er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er offentliggjort. Se det igennem i planlægningen.',
      ),
    ).toBeTruthy();
  });
});
