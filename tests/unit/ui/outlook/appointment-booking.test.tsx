/** @jest-environment jsdom */
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PRESETS } from '../../../../src/domain/commissorium';
import type { AppointmentDraft, HostCapabilities } from '../../../../src/host/capabilities';
import type { AppointmentStores } from '../../../../src/store/stores';
import { CHAIRS, forumHome, homeData, MEMBER, SECRETARY } from '../fixtures';
import { renderApp } from '../render-app';

// The whole app renders in jsdom on a shared CPU: give every wait room.
configure({ asyncUtilTimeout: 8000 });

const JOIN = 'https://teams.microsoft.com/l/meetup-join/fake';

/** An appointment being organised, held in memory, with the host calls the panel makes. */
function organizer(start = '2026-06-25T07:00:00Z') {
  let current: AppointmentDraft = { subject: '', start, end: '2026-06-25T07:30:00Z', requiredAttendees: [] };
  const fills: AppointmentDraft[] = [];
  const host: Partial<HostCapabilities> = {
    currentAppointment: () => Promise.resolve(current),
    fillAppointment: (d) => {
      fills.push(d);
      current = { ...current, ...d };
      return Promise.resolve();
    },
    saveAppointment: jest.fn(() => Promise.resolve('AAMk-rest')),
  };
  const created: string[] = [];
  const registered: unknown[] = [];
  const appointments: AppointmentStores = {
    createOnlineMeeting: (r) => {
      created.push(r.subject);
      return Promise.resolve({ id: `m${created.length}`, joinUrl: `${JOIN}/${created.length}` });
    },
    register: (ref, registration) => {
      registered.push({ ref, registration });
      return Promise.resolve({
        meeting: {
          id: '9',
          forumId: ref.groupId,
          kind: registration.kind,
          title: registration.title,
          start: registration.start,
          end: registration.end,
          form: registration.form,
          status: 'booked',
          etag: '"1"',
        },
        created: registered.length === 1,
      });
    },
  };
  return { host, stores: { appointments }, fills, created, registered, current: () => current };
}

describe('Book as forum meeting (Outlook organizer)', () => {
  it('is offered to the secretariat only, and only where there is an appointment to fill', async () => {
    const o = organizer();
    renderApp(homeData(MEMBER, [forumHome('member')]), { host: o.host, stores: o.stores });
    await screen.findByText('Forsiden er indlæst');
    expect(screen.queryByRole('region', { name: 'Book som forummøde' })).toBeNull();
  });

  it('fills the appointment without the organiser, with one Teams link, and registers it once per appointment', async () => {
    const o = organizer();
    const { host } = renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      host: { ...o.host, user: { id: 'k', name: SECRETARY.name, email: SECRETARY.email } },
      stores: o.stores,
    });
    const panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    expect(within(panel).getByText('Forum: Klyngestyregruppen for Fjordklyngen')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    await within(panel).findByText(/Aftalen er udfyldt/);
    const fill = o.fills[0];
    // The next number free among the forum's ordinary meetings that year (two): forum and meeting in the subject.
    expect(fill?.subject).toBe('Klyngestyregruppen for Fjordklyngen: Møde 3/2026');
    expect(fill?.requiredAttendees).toEqual([...CHAIRS.map((c) => c.email), MEMBER.email]);
    expect(fill?.body).toContain(`${JOIN}/1`);
    // Again: the same link, no second Teams meeting.
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    await waitFor(() => expect(o.fills).toHaveLength(2));
    expect(o.created).toHaveLength(1);
    expect(o.fills[1]?.body).toContain(`${JOIN}/1`);

    fireEvent.click(within(panel).getByRole('button', { name: 'Gem og registrér' }));
    await within(panel).findByText(/er gemt og registreret i Klyngestyregruppen for Fjordklyngen/);
    expect(o.registered).toEqual([
      {
        ref: expect.objectContaining({ groupId: 'g-ksg', siteId: 's-ksg' }),
        registration: expect.objectContaining({
          kind: 'ordinary',
          eventId: 'AAMk-rest',
          eventOwner: SECRETARY.email,
          joinUrl: `${JOIN}/1`,
          title: 'Møde 3/2026',
        }),
      },
    ]);
    expect(o.fills).toHaveLength(2); // registering what was filled, not filling again
    expect((host as { record: { notices: unknown[] } }).record.notices).toHaveLength(1);
  });

  it('filled before the pane was closed: filling again reuses the Teams link in the invitation, no second Teams meeting', async () => {
    const o = organizer();
    const user = { id: 'k', name: SECRETARY.name, email: SECRETARY.email };
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { host: { ...o.host, user }, stores: o.stores });
    let panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    await within(panel).findByText(/Aftalen er udfyldt/);
    expect(o.created).toHaveLength(1);
    // The pane closed and opened again on the same appointment: it remembers nothing but what the appointment holds.
    cleanup();
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { host: { ...o.host, user }, stores: o.stores });
    panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Gem og registrér' }));
    await within(panel).findByText(/er gemt og registreret i Klyngestyregruppen for Fjordklyngen/);
    expect(o.created).toHaveLength(1);
    expect(o.fills[1]?.body).toContain(`${JOIN}/1`);
    expect(o.registered).toEqual([{ ref: expect.anything(), registration: expect.objectContaining({ joinUrl: `${JOIN}/1` }) }]);
  });

  it("keeps the appointment's length unless the forum's is chosen", async () => {
    const o = organizer();
    const home = forumHome('secretariat');
    // The forum's ordinary meetings last two hours (its commissorium); the appointment has 30 minutes.
    const withLength = { ...home, forum: { ...home.forum, settings: PRESETS['horsens-2024'] } };
    renderApp(homeData(SECRETARY, [withLength]), {
      host: { ...o.host, user: { id: 'k', name: SECRETARY.name, email: SECRETARY.email } },
      stores: o.stores,
    });
    const panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    await within(panel).findByText(/Aftalen er udfyldt/);
    expect(o.fills[0]?.end).toBe('2026-06-25T07:30:00Z');
    const forumLength = within(panel).getByRole('checkbox', { name: 'Brug forummets mødelængde (2 timer) i stedet for aftalens' });
    expect((forumLength as HTMLInputElement).checked).toBe(false);
    fireEvent.click(forumLength);
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    await waitFor(() => expect(o.fills).toHaveLength(2));
    expect(o.fills[1]?.end).toBe('2026-06-25T09:00:00Z');
  });

  it('asks for the purpose of an extraordinary meeting before filling anything', async () => {
    const o = organizer();
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { host: o.host, stores: o.stores });
    const panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.change(within(panel).getByLabelText('Mødetype'), { target: { value: 'extraordinary' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    expect(await within(panel).findByText('Skriv, hvad det ekstraordinære møde handler om.')).toBeTruthy();
    expect(o.fills).toHaveLength(0);
    fireEvent.change(within(panel).getByRole('textbox', { name: /Mødets formål/ }), { target: { value: 'Akutteam' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Udfyld aftalen' }));
    // The forum's one extraordinary meeting this year was cancelled: its number is not given again.
    await waitFor(() => expect(o.fills[0]?.subject).toBe('Klyngestyregruppen for Fjordklyngen: Ekstraordinært møde 2/2026 – Akutteam'));
  });

  it('a planning meeting prepares one of the meetings ahead and invites the chairs only', async () => {
    const o = organizer('2026-05-28T07:00:00Z');
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { host: o.host, stores: o.stores });
    const panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.change(within(panel).getByLabelText('Mødetype'), { target: { value: 'planning' } });
    const prepares = within(panel).getByLabelText(/Forbereder mødet/);
    // Ahead of 20 April 2026 and not cancelled: 11 June 2026 and 11 March 2027 (not the cancelled one, not planning).
    expect(
      within(prepares)
        .getAllByRole('option')
        .map((x) => x.getAttribute('value')),
    ).toEqual(['3', '5']);
    fireEvent.click(within(panel).getByRole('button', { name: 'Gem og registrér' }));
    await within(panel).findByText(/er gemt og registreret/);
    expect(o.fills[0]?.subject).toBe('Klyngestyregruppen for Fjordklyngen: Planlægningsmøde før Klyngestyregruppemøde (11. juni 2026)');
    expect(o.registered[0]).toMatchObject({ registration: { title: 'Planlægningsmøde før Klyngestyregruppemøde' } });
    expect(o.fills[0]?.requiredAttendees).toEqual(CHAIRS.map((c) => c.email));
    expect(o.registered[0]).toMatchObject({ registration: { kind: 'planning', prepares: '3' } });
  });

  it('a failure is said in words, and nothing is registered', async () => {
    const o = organizer();
    const failing = { ...o.stores.appointments, createOnlineMeeting: () => Promise.reject(new TypeError('Failed to fetch')) };
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), { host: o.host, stores: { appointments: failing } });
    const panel = await screen.findByRole('region', { name: 'Book som forummøde' });
    // The card shows at once; its form fills in when the home has loaded.
    await within(panel).findByRole('combobox', { name: 'Mødetype' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Gem og registrér' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('Der er ingen forbindelse til Microsoft 365');
    expect(o.registered).toHaveLength(0);
    expect(o.host.saveAppointment).not.toHaveBeenCalled();
  });
});
