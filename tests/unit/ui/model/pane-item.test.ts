import { createFakeHost } from '../../../../src/host/fake-host';
import { actingForums, paneItem, paneLead } from '../../../../src/ui/model/pane-item';
import { forumHome, homeData, MEMBER, SECRETARY } from '../fixtures';

const ok = () => Promise.resolve();

describe('paneItem: what the host has open, from its capabilities', () => {
  it('a message read, a message written, an appointment organised — or nothing (Teams, the browser)', () => {
    expect(paneItem(createFakeHost({ currentMessage: () => Promise.resolve(undefined) }))).toBe('message');
    expect(paneItem(createFakeHost({ composeInto: ok }))).toBe('compose');
    expect(
      paneItem(
        createFakeHost({
          currentAppointment: () => Promise.resolve({ subject: '', requiredAttendees: [] }),
          fillAppointment: ok,
          saveAppointment: () => Promise.resolve('id'),
        }),
      ),
    ).toBe('appointment');
    expect(paneItem(createFakeHost())).toBeUndefined();
  });

  it('an appointment it can read but not fill and save offers no booking', () => {
    expect(paneItem(createFakeHost({ currentAppointment: () => Promise.resolve({ subject: '', requiredAttendees: [] }) }))).toBeUndefined();
  });
});

describe('actingForums: where the person can act on the item', () => {
  const forums = [
    forumHome('secretariat'),
    forumHome('member', { forum: { ...forumHome('member').forum, groupId: 'g-other', mailbox: 'other@x.example' } }),
    forumHome('observer', { forum: { ...forumHome('observer').forum, groupId: 'g-obs' } }),
  ];

  it('a read message and an appointment: the forums where the person is secretariat', () => {
    expect(actingForums('message', forums).map((f) => f.forum.groupId)).toEqual(['g-ksg']);
    expect(actingForums('appointment', forums).map((f) => f.forum.groupId)).toEqual(['g-ksg']);
  });

  it('a mail written: every forum where the person brings items (not as observer) and that has a mailbox', () => {
    expect(actingForums('compose', forums).map((f) => f.forum.groupId)).toEqual(['g-ksg', 'g-other']);
    const noMailbox = forumHome('member', { forum: { ...forumHome('member').forum, mailbox: '' } });
    expect(actingForums('compose', [noMailbox])).toEqual([]);
  });
});

describe('paneLead: what the pane opens on', () => {
  const secretary = homeData(SECRETARY, [forumHome('secretariat')]);
  const member = homeData(MEMBER, [forumHome('member')]);

  it('the item, before the home has loaded and when the person can act on it', () => {
    expect(paneLead('message', undefined, { homeRoute: false })).toBe('item');
    expect(paneLead('message', secretary, { homeRoute: false })).toBe('item');
    expect(paneLead('compose', member, { homeRoute: false })).toBe('item');
  });

  it('the home when there is nothing for this person to do with the item', () => {
    expect(paneLead('message', member, { homeRoute: false })).toBe('home');
    expect(paneLead('appointment', member, { homeRoute: false })).toBe('home');
  });

  it('the home when a link asked for one of its pages; the person’s own choice over both', () => {
    expect(paneLead('message', secretary, { homeRoute: true })).toBe('home');
    expect(paneLead('message', secretary, { homeRoute: true, chosen: 'item' })).toBe('item');
    expect(paneLead('message', member, { homeRoute: false, chosen: 'item' })).toBe('item');
    expect(paneLead('compose', secretary, { homeRoute: false, chosen: 'home' })).toBe('home');
  });
});
