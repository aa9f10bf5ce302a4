/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { dueInstant } from '../../../../../src/domain/actions';
import type { ArchivedMinutes } from '../../../../../src/domain/minutes-archive';
import type { MinutesContent } from '../../../../../src/domain/minutes/minutes-content';
import type { ActionItem } from '../../../../../src/domain/types';
import type { ActionsApi, NewAction } from '../../../../../src/store/actions/actions-api';
import type { SetAsideAction } from '../../../../../src/domain/action-marks';
import { CHAIRS, forumHome, homeData, MEMBER, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

const action = (id: string, title: string, due: string, extra: Partial<ActionItem> = {}): ActionItem => ({
  id,
  meetingId: '1',
  title,
  ownerEmail: MEMBER.email,
  ownerName: MEMBER.name,
  due: dueInstant(due),
  status: 'open',
  etag: `"a${id}"`,
  ...extra,
});

const content = (meetingId: string, title: string, start: string, items: [string, string, string][]): MinutesContent => ({
  meetingId,
  forumName: 'KSG',
  forumShortName: 'KSG',
  meetingTitle: title,
  start,
  end: start,
  form: 'hybrid',
  attendance: [],
  items: items.map(([t, referat, beslutning], i) => ({
    agendaItemId: `${meetingId}-${i}`,
    number: i + 1,
    title: t,
    recommendations: [],
    referat,
    beslutning,
  })),
});

const ARCHIVE: ArchivedMinutes[] = [
  {
    versionId: 'v1',
    meetingId: '0',
    version: 2,
    finalAt: '2025-11-20T10:00:00Z',
    pdfUrl: 'https://sharepoint.example/Referat-nov.pdf',
    content: content('0', 'Klyngestyregruppemøde november', '2025-11-13T08:00:00Z', [
      ['Velkomst', '', 'Dagsordenen blev godkendt.'],
      ['Natordning for hjemmeplejen', 'Drøftelse af natordningen.', 'Natordningen evalueres.'],
    ]),
  },
  {
    versionId: 'v2',
    meetingId: '1',
    version: 1,
    finalAt: '2026-03-30T10:00:00Z',
    pdfUrl: 'javascript:alert(1)',
    content: content('1', 'Klyngestyregruppemøde marts', '2026-03-12T08:00:00Z', [
      ['KOL-forløb', 'Fælles forløb.', 'Arbejdsgruppen nedsættes.'],
    ]),
  },
];

function fakeActions(over: Partial<ActionsApi> = {}): ActionsApi & { created: NewAction[] } {
  const created: NewAction[] = [];
  return {
    created,
    create: jest.fn(async (_f, input: NewAction) => {
      created.push(input);
      return action('new', input.title, input.due, {
        ownerEmail: input.ownerEmail,
        ownerName: input.ownerName,
        meetingId: input.meetingId,
      });
    }),
    open: jest.fn(async () => []),
    forOwner: jest.fn(async () => []),
    forMeeting: jest.fn(async () => []),
    complete: jest.fn(async (_f, a: ActionItem) => ({ ...a, status: 'done' as const, doneAt: '2026-04-20T10:00:00Z', etag: '"done"' })),
    reopen: jest.fn(async (_f, a: ActionItem) => ({ ...a, status: 'open' as const })),
    mark: jest.fn(async (_f, a: ActionItem, status: ActionItem['status']) =>
      status === 'done'
        ? { ...a, status, doneAt: '2026-04-20T10:00:00Z', doneBy: 'owner' as const, ownerMark: { id: 'm1', status, etag: '"m1"' } }
        : { ...a, status, ownerMark: { id: 'm1', status, etag: '"m1b"' } },
    ),
    remindDue: jest.fn(async () => ({ sent: [], skipped: 0, failed: [] })),
    setAside: jest.fn(async () => []),
    confirm: jest.fn(async (_f, entry: SetAsideAction) => ({ ...entry.action, etag: '"confirmed"' })),
    discard: jest.fn(async () => undefined),
    approvedMinutes: jest.fn(async () => ARCHIVE),
    ...over,
  };
}

describe('Opret opfølgning', () => {
  it('a double click while the first create is on its way makes one create call, with one correlation id', async () => {
    let release: () => void = () => undefined;
    const actions = fakeActions();
    const create = actions.create as jest.Mock;
    create.mockImplementation(async (_f, input: NewAction) => {
      actions.created.push(input);
      await new Promise<void>((r) => (release = r));
      return action('new', input.title, input.due);
    });
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    fireEvent.click(await within(section).findByRole('button', { name: 'Opret opfølgning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret opfølgning' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Hvad skal gøres/ }), { target: { value: 'Send pjecen til kommunerne' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Ansvarlig/ }), { target: { value: 'ole@kommune.example' } });
    // The default due date is the next meeting's day (11 June; the planning meeting before it does not count).
    expect((within(dialog).getByLabelText(/Frist/) as HTMLInputElement).value).toBe('2026-06-11');
    const save = within(dialog).getByRole('button', { name: 'Opret' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    fireEvent.click(save);
    expect(create).toHaveBeenCalledTimes(1);
    expect(actions.created[0]).toMatchObject({
      title: 'Send pjecen til kommunerne',
      ownerEmail: 'ole@kommune.example',
      due: '2026-06-11',
      meetingId: '1',
    });
    await act(async () => release());
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Opret opfølgning' })).toBeNull());
  });

  it('asks for an owner before creating', async () => {
    const actions = fakeActions();
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    fireEvent.click(await within(section).findByRole('button', { name: 'Opret opfølgning' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opret opfølgning' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Hvad skal gøres/ }), { target: { value: 'Noget' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Ansvarlig/ }), { target: { value: 'ikke en adresse' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opret' }));
    expect(await within(dialog).findByText('Vælg et medlem, eller skriv en gyldig mailadresse.')).toBeTruthy();
    expect(actions.create).not.toHaveBeenCalled();
  });
});

describe('Opfølgning (secretariat)', () => {
  it('lists overdue first and sends the due reminders', async () => {
    const actions = fakeActions({
      open: jest.fn(async () => [action('1', 'Senere opgave', '2026-06-01'), action('2', 'Overskredet opgave', '2026-04-01')]),
      remindDue: jest.fn(async () => ({ sent: [action('2', 'Overskredet opgave', '2026-04-01')], skipped: 0, failed: [] })),
    });
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    const overdue = await within(section).findByRole('list', { name: 'Overskredet' });
    expect(within(overdue).getByText('Overskredet opgave')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Send påmindelser (1)' }));
    expect(await within(section).findByText('Der er sendt 1 påmindelse.')).toBeTruthy();
  });
});

describe('actions set aside (secretariat)', () => {
  const planted: SetAsideAction = {
    action: action('9', '<b>Klik her</b>', '2026-05-03', { status: 'done' }),
    by: 'Gerda Gæst',
    createdBySecretariat: false,
  };

  it('lists what someone else wrote, as text, and confirms one as the secretariat’s: the follow-up is read again', async () => {
    const setAside = jest.fn(async () => [planted]);
    const open = jest.fn(async () => [] as ActionItem[]);
    const actions = fakeActions({ setAside, open });
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    const list = await within(section).findByRole('list', { name: 'En opgave er skrevet eller ændret af andre end sekretariatet' });
    expect(within(list).getByText('<b>Klik her</b>')).toBeTruthy();
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByText(/ændret af Gerda Gæst/).textContent).toContain('Udført');
    setAside.mockResolvedValue([]);
    const reads = open.mock.calls.length;
    fireEvent.click(within(section).getByRole('button', { name: 'Bekræft: <b>Klik her</b>' }));
    expect(await within(section).findByText('"<b>Klik her</b>" er bekræftet som sekretariatets.')).toBeTruthy();
    expect(actions.confirm).toHaveBeenCalledWith(expect.anything(), planted);
    await waitFor(() => expect(within(section).queryByRole('list', { name: /andre end sekretariatet/ })).toBeNull());
    expect(open.mock.calls.length).toBeGreaterThan(reads);
  });

  it('deletes one on request', async () => {
    const actions = fakeActions({ setAside: jest.fn(async () => [planted]) });
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    fireEvent.click(await within(section).findByRole('button', { name: 'Slet: <b>Klik her</b>' }));
    // Asked once more, in the row; "Fortryd" takes it back and returns focus to "Slet".
    expect(actions.discard).not.toHaveBeenCalled();
    fireEvent.click(within(section).getByRole('button', { name: 'Fortryd' }));
    const again = within(section).getByRole('button', { name: 'Slet: <b>Klik her</b>' });
    expect(document.activeElement).toBe(again);
    fireEvent.click(again);
    const sure = within(section).getByRole('button', { name: 'Ja, slet: <b>Klik her</b>' });
    await waitFor(() => expect(document.activeElement).toBe(sure));
    fireEvent.click(sure);
    await waitFor(() => expect(actions.discard).toHaveBeenCalledWith(expect.anything(), planted.action));
    expect(actions.discard).toHaveBeenCalledTimes(1);
  });

  it('is not shown to a chair', async () => {
    const chair = CHAIRS[0] ?? SECRETARY;
    const actions = fakeActions({
      setAside: jest.fn(async () => [planted]),
      open: jest.fn(async () => [action('1', 'Åben opgave', '2026-05-01')]),
    });
    renderApp(homeData(chair, [forumHome('chair')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    expect(await within(section).findByText('Åben opgave')).toBeTruthy();
    expect(within(section).queryByText('<b>Klik her</b>')).toBeNull();
    expect(actions.setAside).not.toHaveBeenCalled();
  });
});

describe('chair view', () => {
  it('lists every open action, but offers "Markér som udført" only on the chair\'s own — written as the chair\'s own mark', async () => {
    const chair = CHAIRS[0] ?? SECRETARY;
    const actions = fakeActions({
      open: jest.fn(async () => [
        action('1', 'Formandens opgave', '2026-05-01', { ownerEmail: chair.email, ownerName: chair.name }),
        action('2', 'Medlemmets opgave', '2026-05-02'),
      ]),
    });
    renderApp(homeData(chair, [forumHome('chair')]), { stores: { actions } });
    const section = await screen.findByRole('region', { name: 'Opfølgning' }, { timeout: 5000 });
    expect(await within(section).findByText('Medlemmets opgave')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Markér som udført: Medlemmets opgave' })).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Opret opfølgning' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Markér som udført: Formandens opgave' }));
    await waitFor(() =>
      expect(actions.mark).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ id: '1' }),
        'done',
        expect.objectContaining({ email: chair.email }),
      ),
    );
    expect(actions.complete).not.toHaveBeenCalled();
  });
});

describe('member view', () => {
  it('shows only my open actions and marks one done on my own record, never on the secretariat’s action', async () => {
    const actions = fakeActions({ forOwner: jest.fn(async () => [action('1', 'Min opgave', '2026-05-01')]) });
    renderApp(homeData(MEMBER, [forumHome('member')]), { stores: { actions } });
    const mine = await screen.findByRole('list', { name: 'Mine åbne opgaver' }, { timeout: 5000 });
    expect(actions.forOwner).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'g-ksg' }), MEMBER.email);
    expect(actions.open).not.toHaveBeenCalled();
    fireEvent.click(within(mine).getByRole('button', { name: 'Markér som udført: Min opgave' }));
    await waitFor(() =>
      expect(actions.mark).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ id: '1' }),
        'done',
        expect.objectContaining({ email: MEMBER.email }),
      ),
    );
    expect(actions.complete).not.toHaveBeenCalled();
  });

  it('offers "Fortryd" for ten seconds after marking one done: it opens the action again with the done copy’s eTag', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: new Date('2026-04-20T10:00:00Z') });
    try {
      const actions = fakeActions({
        forOwner: jest.fn(async () => [action('1', 'Min opgave', '2026-05-01'), action('2', 'Anden opgave', '2026-05-02')]),
      });
      renderApp(homeData(MEMBER, [forumHome('member')]), { stores: { actions } });
      const mine = await screen.findByRole('list', { name: 'Mine åbne opgaver' }, { timeout: 5000 });
      const section = mine.closest('section') ?? document.body;
      fireEvent.click(within(mine).getByRole('button', { name: 'Markér som udført: Min opgave' }));
      const undo = await within(section as HTMLElement).findByRole('button', { name: 'Fortryd' });
      fireEvent.click(undo);
      await waitFor(() =>
        expect(actions.mark).toHaveBeenCalledWith(
          expect.objectContaining({ groupId: 'g-ksg' }),
          expect.objectContaining({ id: '1', status: 'done', ownerMark: { id: 'm1', status: 'done', etag: '"m1"' } }),
          'open',
          expect.objectContaining({ email: MEMBER.email }),
        ),
      );
      expect(await within(section as HTMLElement).findByText('"Min opgave" er åben igen.')).toBeTruthy();
      expect(within(section as HTMLElement).queryByRole('button', { name: 'Fortryd' })).toBeNull();

      // Marked done again and left alone: after ten seconds "Fortryd" is gone.
      fireEvent.click(within(mine).getByRole('button', { name: 'Markér som udført: Anden opgave' }));
      expect(await within(section as HTMLElement).findByRole('button', { name: 'Fortryd' })).toBeTruthy();
      act(() => jest.advanceTimersByTime(10_000));
      expect(within(section as HTMLElement).queryByRole('button', { name: 'Fortryd' })).toBeNull();
      expect((actions.mark as jest.Mock).mock.calls.filter((c) => c[2] === 'open')).toHaveLength(1);
      expect(actions.reopen).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });

  it('searches the approved minutes by item text and announces the count; unsafe links are not links', async () => {
    const actions = fakeActions();
    renderApp(homeData(MEMBER, [forumHome('member')]), { stores: { actions } });
    const archive = await screen.findByRole('region', { name: 'Godkendte referater' }, { timeout: 5000 });
    expect(await within(archive).findByText('2 godkendte referater.')).toBeTruthy();
    expect(within(archive).getByText('Klyngestyregruppemøde marts')).toBeTruthy();
    expect(within(archive).getByText('Klyngestyregruppemøde november')).toBeTruthy();
    expect(within(archive).getAllByRole('link')).toHaveLength(1);
    fireEvent.change(within(archive).getByRole('searchbox', { name: 'Søg i referaterne' }), {
      target: { value: 'natordningen evalueres' },
    });
    expect(await within(archive).findByText('1 referat matcher "natordningen evalueres".')).toBeTruthy();
    expect(within(archive).queryByText('Klyngestyregruppemøde marts')).toBeNull();
    expect(within(archive).getByText('Punkt 2: Natordning for hjemmeplejen')).toBeTruthy();
    fireEvent.change(within(archive).getByRole('searchbox', { name: 'Søg i referaterne' }), { target: { value: 'budget' } });
    expect(await within(archive).findByText('Ingen referater matcher "budget".')).toBeTruthy();
  });
});
