import { html } from '../../../src/domain/html';
import { createOutlookHost } from '../../../src/host/outlook-host';
import { fakeOffice, type FakeOffice } from './fake-office';

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

async function hostFor(mode: 'read' | 'compose' | 'organizer' | 'none', saveFails = false, sharedOwner?: string | Error) {
  office = fakeOffice({ mode, saveFails, ...(sharedOwner !== undefined ? { sharedOwner } : {}) });
  office.install();
  const probe = await createOutlookHost();
  if (!probe.ok) throw new Error(probe.reason);
  return probe.host;
}

describe('Outlook host', () => {
  it('is not a host without office.js, outside Office, or when onReady never answers', async () => {
    expect(await createOutlookHost()).toEqual({ ok: false, reason: expect.stringContaining('office.js is not loaded') });
    office = fakeOffice({ mode: 'none', host: null });
    office.install();
    expect(await createOutlookHost()).toEqual({ ok: false, reason: expect.stringContaining('not inside Outlook') });
    office.uninstall();
    office = fakeOffice({ mode: 'none', ready: false });
    office.install();
    expect(await createOutlookHost({ timeoutMs: 20 })).toEqual({ ok: false, reason: expect.stringContaining('did not answer') });
  });

  it('reads the signed-in person, locale and a dark theme from Office', async () => {
    const host = await hostFor('none');
    expect(host).toMatchObject({
      kind: 'outlook',
      locale: 'da',
      theme: 'dark',
      user: { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' },
    });
    expect(host.currentMessage).toBeUndefined();
    expect(host.composeInto).toBeUndefined();
  });

  it('offers the current message in read mode, with a REST id', async () => {
    const host = await hostFor('read');
    expect(host.composeInto).toBeUndefined();
    expect(await host.currentMessage?.()).toEqual({
      id: 'AAMk-ews_id',
      subject: 'Sagsfremstilling: Fælles forløb for KOL',
      from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
      internetMessageId: '<abc@skovlund.example>',
    });
  });

  it("names the shared mailbox a message is in (Outlook's shared properties), and none when Outlook cannot say", async () => {
    expect(await (await hostFor('read', false, 'KSG-Sekretariat@regionfjord.example')).currentMessage?.()).toMatchObject({
      id: 'AAMk-ews_id',
      sharedMailbox: 'ksg-sekretariat@regionfjord.example',
    });
    office?.uninstall();
    const own = await (await hostFor('read', false, new Error('not shared'))).currentMessage?.();
    expect(own).not.toHaveProperty('sharedMailbox');
  });

  it('writes body, subject and recipients in compose mode', async () => {
    const host = await hostFor('compose');
    expect(host.currentMessage).toBeUndefined();
    await host.composeInto?.({ to: ['a@x'], subject: 'Dagsorden', htmlBody: html`<p>Hej</p>` });
    expect(office?.writes).toEqual(['body="<p>Hej</p>"', 'subject="Dagsorden"', 'to=["a@x"]']);
  });

  it('reads and fills an appointment in organizer mode', async () => {
    const host = await hostFor('organizer');
    expect(await host.currentAppointment?.()).toEqual({
      subject: 'Klyngestyregruppemøde',
      start: '2026-03-12T08:00:00.000Z',
      end: '2026-03-12T10:00:00.000Z',
      location: 'Fjordhospitalet',
      requiredAttendees: ['jonas.vestergaard@regionfjord.example'],
    });
    await host.fillAppointment?.({ subject: 'Planlægningsmøde', start: '2026-02-26T08:00:00Z', requiredAttendees: ['b@x'] });
    expect(office?.writes).toEqual(['subject="Planlægningsmøde"', 'start=2026-02-26T08:00:00.000Z', 'requiredAttendees=["b@x"]']);
  });

  it('fills optional attendees and saves the appointment, answering its REST id', async () => {
    const host = await hostFor('organizer');
    await host.fillAppointment?.({
      subject: 'KSG: Møde',
      requiredAttendees: ['a@x'],
      optionalAttendees: ['o@x'],
      body: '<p>Invitation</p>',
    });
    expect(office?.writes).toEqual([
      'subject="KSG: Møde"',
      'requiredAttendees=["a@x"]',
      'optionalAttendees=["o@x"]',
      'body="<p>Invitation</p>"',
    ]);
    expect(await host.saveAppointment?.()).toBe('AAMk-appt_id=');
    expect(office?.writes.slice(-2)).toEqual(['save', 'convertToRestId v2.0']);
  });

  it('a failed save is an error, not an id', async () => {
    const host = await hostFor('organizer', true);
    await expect(host.saveAppointment?.()).rejects.toThrow('could not be saved');
  });

  it('only an appointment being organised can be saved', async () => {
    expect((await hostFor('compose')).saveAppointment).toBeUndefined();
  });

  it('opens web links in a browser window', async () => {
    const host = await hostFor('none');
    await host.openDeepLink({ path: 'https://teams.microsoft.com/l/meetup-join/1' });
    expect(office?.writes).toEqual(['open https://teams.microsoft.com/l/meetup-join/1']);
  });
});
