/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import { frozenStatus, lateAnswers, trailAtCirculation } from '../../../../../src/domain/minutes/circulated-trail';
import { circulationCheck } from '../../../../../src/domain/minutes/circulation-check';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { Approval, Forum, Meeting, MinutesVersion } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { ForumStore } from '../../../../../src/store/forum-stores';
import type { MinutesOverview, MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { MinutesStatus } from '../../../../../src/ui/views/minutes/MinutesStatus';
import { SendToChairs } from '../../../../../src/ui/views/minutes/SendToChairs';
import { CHAIRS, homeData, MEETINGS, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** "Send til formandskabet" and the secretariat's minutes status in the meeting dialog, over a fake minutes store. */
const forum: Forum = {
  groupId: 'g',
  siteId: 's',
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@x.example',
  members: [SECRETARY, MEMBER, ...CHAIRS],
  owners: [{ id: 'u-secretary', name: SECRETARY.name, email: SECRETARY.email }],
};
const BY_SECRETARY = {
  createdById: 'u-secretary',
  createdByName: SECRETARY.name,
  modifiedById: 'u-secretary',
  modifiedByName: SECRETARY.name,
};
const meeting = { ...(MEETINGS[0] as Meeting), status: 'held' as const };
const HASH = 'a'.repeat(64);
const version: MinutesVersion = {
  id: 'v2',
  meetingId: meeting.id,
  version: 2,
  contentHash: HASH,
  status: 'awaiting-approval',
  createdAt: '2026-04-18T08:00:00Z',
  stamp: BY_SECRETARY,
  docxUrl: 'https://sp.example/Referat v2.docx',
  pdfUrl: 'https://sp.example/Referat v2.pdf',
  approvalDeadline: '2026-04-25T14:00:00Z',
  requests: [
    { email: CHAIRS[0]?.email ?? '', channel: 'activity', at: '2026-04-18T08:00:00Z' },
    { email: CHAIRS[1]?.email ?? '', channel: 'activity', at: '2026-04-18T08:00:00Z' },
    { email: CHAIRS[2]?.email ?? '', channel: 'mail', at: '2026-04-18T08:00:00Z', reason: 'app-not-installed' },
  ],
};
const approval = (chair: number, decision: Approval['decision'], extra: Partial<Approval> = {}): Approval => ({
  id: `a${chair}`,
  minutesVersionId: version.id,
  contentHash: HASH,
  decision,
  createdBy: { id: `u${chair}`, name: CHAIRS[chair]?.name ?? '', email: CHAIRS[chair]?.email ?? '' },
  modifiedById: `u${chair}`,
  createdAt: '2026-04-19T09:30:00Z',
  channel: 'teams',
  ...extra,
});

/** The overview as the store makes it: the rule and the trust checks of circulation-check.ts over the given answers. */
function overviewOf(
  approvals: Approval[],
  over: Partial<MinutesOverview> = {},
  v: MinutesVersion = version,
  snapshotHash = HASH,
): MinutesOverview {
  const { status, blocker } = circulationCheck({ forum, version: v, snapshotHash, approvals });
  return {
    versions: [v],
    current: v,
    approvals,
    status,
    ...(blocker ? { blocker } : {}),
    items: [{ agendaItemId: 'i3', number: 3, title: 'Økonomi' }],
    ...over,
  };
}

function fakeApi(overview: MinutesOverview): MinutesVersionsApi & Record<keyof MinutesVersionsApi, jest.Mock> {
  return {
    freeze: jest.fn(() => Promise.resolve({ version, created: true, superseded: 1 })),
    requestApprovals: jest.fn(() => Promise.resolve({ outcome: 'sent' as const, version, requests: version.requests ?? [], sentNow: 3 })),
    remindApprovals: jest.fn(() =>
      Promise.resolve({ outcome: 'sent' as const, reminded: [{ email: CHAIRS[2]?.email ?? '', channel: 'mail' as const, at: '' }] }),
    ),
    remindDue: jest.fn(() => Promise.resolve(0)),
    circulate: jest.fn(() => Promise.resolve({ outcome: 'circulated' as const, recipients: 14 })),
    overview: jest.fn(() => Promise.resolve(overview)),
    dismissMissingAnswers: jest.fn(() => Promise.resolve()),
    archivePackage: jest.fn(() => Promise.reject(new Error('not used'))),
    closure: jest.fn(() => Promise.resolve({ closed: false })),
    reopen: jest.fn(() => Promise.resolve({ outcome: 'reopened' as const })),
  };
}

function renderWith(ui: React.ReactElement, api: MinutesVersionsApi, user = SECRETARY) {
  const stores = fakeStores({
    home: memoryHome(homeData(user, [])),
    forums: { load: () => Promise.resolve(forum) } as unknown as ForumStore,
    minutesVersions: api,
  });
  const services = { host: createFakeHost({ user }), stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      {ui}
    </AppProviders>,
  );
}

const item = (number: number, title: string, referat = '', beslutning = ''): MinutesContent['items'][number] => ({
  agendaItemId: `i${number}`,
  number,
  title,
  recommendations: [],
  referat,
  beslutning,
});
const content: MinutesContent = {
  meetingId: meeting.id,
  forumName: forum.name,
  forumShortName: forum.shortName,
  meetingTitle: meeting.title,
  start: meeting.start,
  end: meeting.end,
  form: meeting.form,
  attendance: [],
  items: [item(1, 'Godkendelse af dagsorden', '', 'Godkendt.'), item(2, 'Økonomi', 'Drøftet.')],
};

describe('SendToChairs', () => {
  it('freezes and asks after the confirmation, then says how the chairs were reached', async () => {
    const api = fakeApi(overviewOf([]));
    renderWith(<SendToChairs forum={forum} meeting={meeting} content={content} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Send til formandskabet' }));
    expect(api.freeze).not.toHaveBeenCalled();
    const buttons = screen.getAllByRole('button', { name: 'Send til formandskabet' });
    fireEvent.click(buttons[buttons.length - 1] as HTMLElement);
    expect(await screen.findByText('Sendt til 3 medformænd: 2 i Teams, 1 på mail.')).toBeTruthy();
    expect(api.freeze).toHaveBeenCalledWith(forum, meeting, content);
    expect(api.requestApprovals).toHaveBeenCalledWith(forum, version);
  });

  it('names the items nothing is written under before the chairs are asked, and sends only when told to anyway', async () => {
    const api = fakeApi(overviewOf([]));
    const withEmpty = { ...content, items: [...content.items, item(3, 'Eventuelt'), item(4, 'Orientering om <b>budget</b>', '  ', '\n')] };
    renderWith(<SendToChairs forum={forum} meeting={meeting} content={withEmpty} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Send til formandskabet' }));
    expect(
      screen.getByText(
        /^Der står intet referat og ingen beslutning under 2 punkter: punkt 3 \(Eventuelt\), punkt 4 \(Orientering om <b>budget<\/b>\)\. Udkastet fryses/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send til formandskabet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(api.freeze).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send til formandskabet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send alligevel' }));
    expect(await screen.findByText('Sendt til 3 medformænd: 2 i Teams, 1 på mail.')).toBeTruthy();
    expect(api.freeze).toHaveBeenCalledWith(forum, meeting, withEmpty);
  });

  it('asks plainly when every item has something written', async () => {
    renderWith(<SendToChairs forum={forum} meeting={meeting} content={content} />, fakeApi(overviewOf([])));
    fireEvent.click(await screen.findByRole('button', { name: 'Send til formandskabet' }));
    expect(screen.queryByText(/intet referat/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send alligevel' })).toBeNull();
  });
});

describe('MinutesStatus', () => {
  it('shows each chair reached and answered, comments per item, and why the minutes cannot go out yet', async () => {
    const api = fakeApi(
      overviewOf([
        approval(0, 'approved'),
        approval(1, 'changes-requested', { comment: 'Se punkt 3', itemComments: [{ agendaItemId: 'i3', comment: 'Beløbet er forkert' }] }),
      ]),
    );
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    expect(await screen.findByText('Version 2 (afventer godkendelse)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe('https://sp.example/Referat v2.pdf');
    expect(screen.getByText(/Jonas Vestergaard: godkendt \(spurgt via Teams\)/)).toBeTruthy();
    expect(screen.getByText(/Yrsa Thomsen: ønsker ændringer/)).toBeTruthy();
    expect(screen.getByText('Punkt 3: Beløbet er forkert')).toBeTruthy();
    expect(screen.getByText(/Lene Damgaard: afventer \(spurgt via mail – appen er ikke installeret\)/)).toBeTruthy();
    const circulate = screen.getByRole('button', { name: 'Udsend referat' });
    expect(circulate.hasAttribute('disabled') || circulate.getAttribute('aria-disabled') === 'true').toBe(true);
    expect(screen.getByText(/En medformand har bedt om ændringer/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send påmindelse' }));
    expect(await screen.findByText('Påmindelse sendt til 1 medformand.')).toBeTruthy();
    expect(api.remindApprovals).toHaveBeenCalledWith(forum, version, NOW, { force: true });
  });

  it('circulates after the confirmation once every chair approved', async () => {
    const api = fakeApi(overviewOf([approval(0, 'approved'), approval(1, 'approved'), approval(2, 'approved')]));
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Udsend referat' }));
    expect(api.circulate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Udsend' }));
    expect(await screen.findByText('Referatet er udsendt til 14 modtagere.')).toBeTruthy();
    expect(api.circulate).toHaveBeenCalledTimes(1);
  });

  it('after circulation: "Referat godkendt" with the trail frozen then, and a later change request shown as late, never in its place', async () => {
    const final = {
      ...version,
      status: 'approved' as const,
      finalAt: '2026-04-20T08:00:00Z',
      finalPdfUrl: 'https://sp.example/Godkendte referater/Referat (godkendt).pdf',
    };
    const counted = [approval(0, 'approved'), approval(1, 'approved'), approval(2, 'approved', { channel: 'browser' })];
    const trail = trailAtCirculation(
      circulationCheck({ forum, version: final, snapshotHash: HASH, approvals: counted }).status,
      '2026-04-20T08:00:00Z',
    );
    // Yrsa's old link, the day after: a change request recorded after circulation.
    const lateOne = approval(1, 'changes-requested', { id: 'late', createdAt: '2026-04-21T10:15:00Z', comment: 'Punkt 3 er forkert' });
    const approvals = [...counted, lateOne];
    const closure = {
      closed: true,
      circulated: { id: final.id, version: 2, contentHash: HASH, finalAt: final.finalAt },
      circulatedAt: final.finalAt,
    };
    const api = fakeApi({
      versions: [final],
      current: final,
      approvals,
      status: frozenStatus(trail, final.id),
      closure,
      trail,
      late: lateAnswers(trail, approvals),
      circulatedAt: final.finalAt,
      circulatedHash: HASH,
    });
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    expect(await screen.findByRole('heading', { name: 'Referat godkendt' })).toBeTruthy();
    expect(screen.getByText('3 af 3 godkendelser')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Det godkendte referat (PDF)' })).toBeTruthy();
    const audit = screen.getByRole('list', { name: 'Godkendelsesspor' });
    expect(audit.textContent).toContain(`Yrsa Thomsen godkendt indhold ${HASH.slice(0, 12)}`);
    expect(audit.textContent).toContain(`Lene Damgaard godkendt indhold ${HASH.slice(0, 12)}`);
    expect(audit.textContent).toContain('via browser');
    expect(audit.textContent).not.toContain('ønsker ændringer');
    const late = screen.getByRole('list', { name: 'Svar efter udsendelse' });
    expect(late.textContent).toContain('Yrsa Thomsen ønsker ændringer');
    expect(late.textContent).toContain('efter udsendelse, tæller ikke med');
    expect(late.textContent).toContain('Punkt 3 er forkert');
    expect(screen.queryByRole('button', { name: 'Udsend referat' })).toBeNull();
  });

  it('says the approved text was changed, and what to do, when the snapshot no longer hashes to what the chairs approved', async () => {
    const all = [approval(0, 'approved'), approval(1, 'approved'), approval(2, 'approved')];
    const api = fakeApi(overviewOf(all, {}, version, 'b'.repeat(64)));
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    expect(await screen.findByText('Referatet er ændret efter godkendelsen – send en ny version til formandskabet.')).toBeTruthy();
    const circulate = screen.getByRole('button', { name: 'Udsend referat' });
    expect(circulate.hasAttribute('disabled') || circulate.getAttribute('aria-disabled') === 'true').toBe(true);
  });

  it('names an answer that disappeared, blocks circulation, and lets the secretariat note that they looked into it', async () => {
    const seen = {
      id: 'gone',
      email: CHAIRS[1]?.email ?? '',
      name: CHAIRS[1]?.name ?? '',
      decision: 'changes-requested' as const,
      hash: HASH,
      at: '2026-04-19T12:05:00Z',
    };
    const all = [approval(0, 'approved'), approval(1, 'approved'), approval(2, 'approved')];
    const api = fakeApi(overviewOf(all, {}, { ...version, seenAnswers: [seen] }));
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    expect(
      await screen.findByText(
        /Et svar fra formandskabet er forsvundet fra listen \(Yrsa Thomsen: ønsker ændringer søndag 19\. april 2026 kl\. 14\.05\)/,
      ),
    ).toBeTruthy();
    const circulate = screen.getByRole('button', { name: 'Udsend referat' });
    expect(circulate.hasAttribute('disabled') || circulate.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Jeg har talt med medformanden – fortsæt' }));
    expect(await screen.findByText('Noteret. Svaret tæller ikke længere med.')).toBeTruthy();
    expect(api.dismissMissingAnswers).toHaveBeenCalledWith(forum, expect.objectContaining({ id: 'v2' }), ['gone'], SECRETARY.name);
  });

  it('tells the secretariat a "version" someone else made does not count', async () => {
    const forged: MinutesVersion = {
      ...version,
      id: 'v3',
      version: 3,
      stamp: { createdById: 'u-member', createdByName: MEMBER.name, modifiedById: 'u-member', modifiedByName: MEMBER.name },
    };
    const api = fakeApi(overviewOf([approval(0, 'approved')], { versions: [version, forged], notSecretariats: [forged] }));
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api);
    expect(
      await screen.findByText(`Version 3 er lavet eller ændret af ${MEMBER.name}, ikke af sekretariatet, og tæller ikke.`),
    ).toBeTruthy();
    expect(screen.getByText('Version 2 (afventer godkendelse)')).toBeTruthy();
  });

  it('a member sees nothing', async () => {
    const api = fakeApi(overviewOf([]));
    renderWith(<MinutesStatus meeting={meeting} forum={forum} />, api, MEMBER);
    await new Promise((r) => setTimeout(r, 20));
    await waitFor(() => expect(screen.queryByText(/Version 2/)).toBeNull());
    expect(api.overview).not.toHaveBeenCalled();
  });
});
