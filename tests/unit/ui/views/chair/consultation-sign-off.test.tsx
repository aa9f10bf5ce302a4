/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Consultation } from '../../../../../src/domain/consultation/consultation-types';
import type { ForumMember } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { ConsultationApi } from '../../../../../src/store/consultation/consultation-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { ConsultationSignOffs } from '../../../../../src/ui/views/chair/ConsultationSignOffs';
import { CHAIRS, forumHome, homeData, MEMBER, NOW } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** "Høringer til godkendelse" on the chairs' home: a consultation awaiting the chairs' sign-off, approved by one of them. */
const jonas = CHAIRS[0] as ForumMember;
const yrsa = CHAIRS[1] as ForumMember;
const consultation = (over: Partial<Consultation> = {}): Consultation => ({
  id: '7',
  reference: 'KSG-2026-03',
  title: 'Opdateret kommissorium',
  question: 'Kan styregruppen godkende det opdaterede kommissorium?',
  recommendations: ['at styregruppen godkender kommissoriet'],
  description: 'Kommissoriet er opdateret efter drøftelsen i juni.',
  deadline: '2026-05-01T10:00:00Z',
  status: 'awaiting-sign-off',
  recipients: [],
  attachments: [],
  sentTo: [],
  signOffRequired: true,
  signOffs: [{ id: 's1', email: yrsa.email, name: yrsa.name, at: '2026-04-19T09:00:00Z', hash: 'h1', authentic: true }],
  contentHash: 'h1',
  etag: '"1"',
  ...over,
});

function renderFor(me: ForumMember, list: Consultation[]) {
  const home = forumHome('chair');
  const signOff = jest.fn((_f: unknown, c: Consultation, who: { email: string; name: string }) =>
    Promise.resolve({
      ...c,
      signOffs: [
        ...c.signOffs,
        { id: `s-${who.email}`, email: who.email, name: who.name, at: NOW.toISOString(), hash: c.contentHash ?? '', authentic: true },
      ],
    }),
  );
  let current = list;
  const consultations = {
    list: jest.fn(() => Promise.resolve(current)),
    signOff: jest.fn(async (f: unknown, c: Consultation, who: { email: string; name: string }) => {
      const signed = await signOff(f, c, who);
      current = current.map((x) => (x.id === c.id ? signed : x));
      return signed;
    }),
  } as unknown as ConsultationApi & { signOff: jest.Mock };
  const stores = fakeStores({ home: memoryHome(homeData(me, [home])), consultations });
  const services = { host: createFakeHost({ user: me }), stores, config: loadConfig({}), clock: () => NOW };
  const view = render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <ConsultationSignOffs home={home} me={{ id: me.id, name: me.name, email: me.email }} />
    </AppProviders>,
  );
  return { consultations, view };
}

describe('ConsultationSignOffs', () => {
  it('shows the matter to a chair who has not signed, and records their sign-off', async () => {
    const { consultations } = renderFor(jonas, [consultation()]);
    expect(await screen.findByText('KSG-2026-03: Opdateret kommissorium')).toBeTruthy();
    expect(screen.getByText('at styregruppen godkender kommissoriet')).toBeTruthy();
    expect(screen.getByText('1 af 3 i formandskabet har godkendt')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Godkend udsendelse af KSG-2026-03' }));
    await waitFor(() => expect(consultations.signOff).toHaveBeenCalledTimes(1));
    expect(consultations.signOff.mock.calls[0]?.[2]).toMatchObject({ email: jonas.email });
    expect(await screen.findByText('Du har godkendt udsendelsen af KSG-2026-03.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Godkend udsendelse/ })).toBeNull());
  });

  it('shows nothing to a chair who already signed, for open consultations, or to a member', async () => {
    const signedByYrsa = renderFor(yrsa, [
      consultation(),
      consultation({ id: '8', reference: 'KSG-2026-04', status: 'open', signOffs: [] }),
    ]);
    await waitFor(() => expect(signedByYrsa.consultations.list).toHaveBeenCalled());
    expect(screen.queryByText(/Høringer til godkendelse/)).toBeNull();
    signedByYrsa.view.unmount();

    const member = renderFor(MEMBER, [consultation()]);
    await new Promise((r) => setTimeout(r, 50));
    expect(member.consultations.list).not.toHaveBeenCalled();
    expect(screen.queryByText(/Høringer til godkendelse/)).toBeNull();
  });
});
