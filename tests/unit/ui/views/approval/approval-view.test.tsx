/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { approvalStatus } from '../../../../../src/domain/approval';
import { frozenStatus, lateAnswers, trailAtCirculation } from '../../../../../src/domain/minutes/circulated-trail';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import { diffMinutes } from '../../../../../src/domain/minutes/minutes-diff';
import type { Approval, ForumMember, MinutesVersion } from '../../../../../src/domain/types';
import type { ApprovalAnswer, ApprovalViewApi, ApprovalViewData } from '../../../../../src/store/minutes/approval-view-types';
import { CHAIRS, forumHome, homeData, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

/**
 * The approval view in the real App (FakeHost, jsdom) over an in-memory store: a chair opened at
 * "#/approve/<group>/<version>" sees the version with what changed since the one they saw — insertions and deletions
 * marked with text for screen readers, not colour alone — must comment to request changes, and approves; the
 * secretariat reads everyone's state without answering.
 */

configure({ asyncUtilTimeout: 8000 });

const item = (id: string, number: number, title: string, beslutning: string) => ({
  agendaItemId: id,
  number,
  title,
  recommendations: ['at styregruppen godkender'],
  referat: 'Drøftet.',
  beslutning,
});
const v1content: MinutesContent = {
  meetingId: '1',
  forumName: 'Klyngestyregruppen for Fjordklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Klyngestyregruppemøde',
  start: '2026-03-12T08:00:00Z',
  end: '2026-03-12T10:00:00Z',
  form: 'hybrid',
  attendance: [
    {
      email: 'jonas.vestergaard@regionfjord.example',
      name: 'Jonas Vestergaard',
      organisation: 'Fjordhospitalet',
      presence: 'room',
      chair: true,
    },
    { email: 'lene.damgaard@fjordby.example', name: 'Lene Damgaard', organisation: 'Fjordby Kommune', presence: 'online', chair: true },
    { email: 'ole@praksis.example', name: 'Ole Ørsted', organisation: 'Almen praksis', presence: 'apology' },
  ],
  items: [
    item('a1', 1, 'Velkomst', 'Dagsordenen blev godkendt.'),
    item('a2', 2, 'Sundhedsaftalen', 'Taget til efterretning.'),
    item('a3', 3, 'Økonomi', 'Budgettet blev godkendt.'),
  ],
};
const v2content: MinutesContent = {
  ...v1content,
  items: v1content.items.map((i) => (i.agendaItemId === 'a3' ? { ...i, beslutning: 'Budgettet for 2027 blev godkendt.' } : i)),
};
const version = (n: number): MinutesVersion => ({
  id: `v${n}`,
  meetingId: '1',
  version: n,
  contentHash: `h${n}`,
  status: n === 2 ? 'awaiting-approval' : 'superseded',
  createdAt: '2026-03-13T10:00:00Z',
});

function memoryStore(me: ForumMember) {
  const records: Approval[] = [];
  const answers: ApprovalAnswer[] = [];
  const chairs = CHAIRS;
  const api: ApprovalViewApi = {
    load: async (_forum, versionId) => {
      if (versionId === 'v4') return circulatedData(me);
      const v = version(versionId === 'v1' ? 1 : versionId === 'v3' ? 3 : 2);
      const status = approvalStatus(v, records, chairs);
      const data: ApprovalViewData = {
        version: v,
        content: v.version === 2 ? v2content : v1content,
        hashMatches: true,
        // "v3" stands for a version a member posted himself: the store finds it was not the secretariat's.
        bySecretariat: v.version !== 3,
        versions: [version(1), version(2)],
        superseded: v.version === 1,
        ...(v.version === 2 ? { base: { version: version(1), content: v1content, diff: diffMinutes(v1content, v2content) } } : {}),
        status,
        approvals: records,
        me: {
          isChair: me.role === 'chair',
          isSecretariat: me.role === 'secretariat',
          ...(status.chairs.find((s) => s.chair.email === me.email)
            ? { state: status.chairs.find((s) => s.chair.email === me.email) }
            : {}),
        },
      };
      return data;
    },
    answer: async (_forum, v, answer) => {
      answers.push(answer);
      const record: Approval = {
        id: `r${records.length}`,
        minutesVersionId: v.id,
        contentHash: v.contentHash,
        decision: answer.decision,
        createdBy: { id: me.id, name: me.name, email: me.email },
        modifiedById: me.id,
        createdAt: `2026-03-14T10:0${records.length}:00Z`,
        ...(answer.comment ? { comment: answer.comment } : {}),
        ...(answer.itemComments ? { itemComments: answer.itemComments } : {}),
      };
      records.push(record);
      return record;
    },
  };
  return { api, answers, records };
}

/** "v4" stands for a version circulated on 20 March with all three approvals; Jonas asked for changes the day after. */
function circulatedData(me: ForumMember): ApprovalViewData {
  const v: MinutesVersion = {
    ...version(2),
    id: 'v4',
    status: 'approved',
    finalAt: '2026-03-20T09:00:00Z',
    finalPdfUrl: 'https://sp.example/Godkendte referater/Referat (godkendt).pdf',
  };
  const record = (c: ForumMember, i: number, decision: Approval['decision'], at: string): Approval => ({
    id: `c${i}`,
    minutesVersionId: v.id,
    contentHash: v.contentHash,
    decision,
    createdBy: { id: c.id, name: c.name, email: c.email },
    modifiedById: c.id,
    createdAt: at,
  });
  const counted = CHAIRS.map((c, i) => record(c, i, 'approved', `2026-03-1${5 + i}T10:00:00Z`));
  const trail = trailAtCirculation(approvalStatus(v, counted, CHAIRS), v.finalAt ?? '');
  const records = [
    ...counted,
    { ...record(CHAIRS[0] as ForumMember, 9, 'changes-requested', '2026-03-21T08:00:00Z'), comment: 'Punkt 3 skal rettes' },
  ];
  const status = frozenStatus(trail, v.id);
  const state = status.chairs.find((s) => s.chair.email === me.email);
  return {
    version: v,
    content: v2content,
    hashMatches: true,
    bySecretariat: true,
    versions: [version(1), v],
    superseded: false,
    circulated: { at: v.finalAt ?? '', pdfUrl: v.finalPdfUrl ?? '' },
    late: lateAnswers(trail, records),
    status,
    approvals: records,
    me: { isChair: me.role === 'chair', isSecretariat: me.role === 'secretariat', ...(state ? { state } : {}) },
  };
}

async function open(me: ForumMember, versionId = 'v2') {
  const memory = memoryStore(me);
  renderApp(homeData(me, [forumHome(me.role === 'chair' ? 'chair' : 'secretariat')]), { stores: { approvalView: memory.api } });
  await act(async () => {
    window.location.hash = `#/approve/g-ksg/${versionId}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await screen.findByRole('heading', { level: 1, name: 'Godkendelse af referat' });
  return memory;
}

const chair = CHAIRS[0] as ForumMember;

describe('the approval view', () => {
  it('renders the version with attendance, items and what changed — marked with text, not colour alone', async () => {
    await open(chair);
    expect(await screen.findByRole('heading', { name: /Punkt 3: Økonomi/ })).toBeTruthy();
    expect(screen.getByText('Afbud')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ændringer siden version 1' }).textContent).toContain('Punkt 3 (Økonomi): Beslutning ændret');
    const item3 = screen.getByRole('article', { name: /Punkt 3/ });
    const inserted = item3.querySelector('ins');
    expect(inserted?.textContent).toMatch(/^Tilføjet: .*2027/);
    expect(item3.querySelectorAll('del').length + item3.querySelectorAll('ins').length).toBeGreaterThan(0);
    // Unchanged items carry no markers.
    expect(screen.getByRole('article', { name: /Punkt 1/ }).querySelector('ins, del')).toBeNull();

    fireEvent.click(screen.getByRole('switch', { name: 'Vis kun ændrede punkter' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Punkt 1/ })).toBeNull());
    expect(screen.getByRole('article', { name: /Punkt 3/ })).toBeTruthy();
  });

  it('asks for a comment before requesting changes, then records the item comment; approving calls the store', async () => {
    const memory = await open(chair);
    fireEvent.click(await screen.findByRole('button', { name: 'Anmod om ændringer' }));
    expect(await screen.findByText(/Skriv en samlet kommentar eller en kommentar til et punkt/)).toBeTruthy();
    expect(memory.answers).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Kommentar til punkt 3' }), { target: { value: 'Nævn budgetrammen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmod om ændringer' }));
    await waitFor(() => expect(memory.answers).toHaveLength(1));
    expect(memory.answers[0]).toMatchObject({
      decision: 'changes-requested',
      channel: 'browser',
      itemComments: [{ agendaItemId: 'a3', comment: 'Nævn budgetrammen.' }],
    });
    expect(await screen.findByText(/Dit svar: Ønsker ændringer/)).toBeTruthy();
    const states = screen.getByRole('list', { name: 'Formandskabets svar' });
    expect(within(states).getByText('Ønsker ændringer')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Godkend' }));
    await waitFor(() => expect(memory.answers).toHaveLength(2));
    expect(memory.answers[1]).toMatchObject({ decision: 'approved' });
    expect(await screen.findByText(/Dit svar: Godkendt/)).toBeTruthy();
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Du har godkendt version 2.');
  });

  it('shows the secretariat everyone’s state and no answer buttons', async () => {
    await open(SECRETARY);
    expect(await screen.findByText('Du kan se formandskabets svar. Kun formandskabet kan godkende.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Formandskabets svar' })).getAllByText('Afventer')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Godkend' })).toBeNull();
  });

  it('does not show or take answers to a version the secretariat did not make', async () => {
    await open(chair, 'v3');
    expect(await screen.findByText(/Denne version er ikke lavet af sekretariatet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Godkend' })).toBeNull();
    expect(screen.queryByRole('article', { name: /Punkt 3/ })).toBeNull();
  });

  it('reads only once the minutes are circulated: "Referatet er udsendt", the final PDF, the answers counted then and a later one as late — no buttons', async () => {
    const memory = await open(chair, 'v4');
    expect(
      await screen.findByText(/Referatet er udsendt fredag 20\. marts 2026\. Det kan ikke længere godkendes eller ændres\./),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Det godkendte referat (PDF)' }).getAttribute('href')).toBe(
      'https://sp.example/Godkendte referater/Referat (godkendt).pdf',
    );
    expect(screen.queryByRole('button', { name: 'Godkend' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Anmod om ændringer' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Kommentar til punkt 3' })).toBeNull();
    const states = screen.getByRole('list', { name: 'Formandskabets svar' });
    expect(within(states).getAllByText('Godkendt')).toHaveLength(3);
    expect(screen.getByText('3 af 3 godkendelser')).toBeTruthy();
    const late = screen.getByRole('list', { name: 'Svar efter udsendelse' });
    expect(late.textContent).toContain('Jonas Vestergaard: Ønsker ændringer');
    expect(late.textContent).toContain('efter udsendelse, tæller ikke med');
    expect(screen.queryByText(/Du kan ændre det/)).toBeNull();
    expect(memory.answers).toHaveLength(0);
  });

  it('refuses answers to a superseded version', async () => {
    await open(chair, 'v1');
    expect(await screen.findByText(/Der findes en nyere version af referatet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Godkend' })).toBeNull();
  });
});

describe('the chairs’ queue', () => {
  it('links each queued version to the approval view', async () => {
    renderApp(homeData(chair, [forumHome('chair', { minutesAwaitingApproval: [version(2)] })]));
    const link = await screen.findByRole('link', { name: /Åbn og godkend version 2/ });
    expect(link.getAttribute('href')).toBe('#/approve/g-ksg/v2');
  });
});

describe('a link to a version that does not exist', () => {
  it('says so instead of offering a retry', async () => {
    const memory = memoryStore(chair);
    const missing: ApprovalViewApi = {
      ...memory.api,
      load: () => Promise.reject(Object.assign(new Error('itemNotFound'), { status: 404 })),
    };
    renderApp(homeData(chair, [forumHome('chair')]), { stores: { approvalView: missing } });
    await act(async () => {
      window.location.hash = '#/approve/g-ksg/999';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText('Referatet findes ikke, eller du har ikke adgang til forummet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prøv igen' })).toBeNull();
  });
});
