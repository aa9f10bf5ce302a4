import { intakeWindowDays, DEFAULT_INTAKE_WINDOW_DAYS } from '../../../../src/domain/commissorium';
import {
  foldersToDescend,
  intakeFolders,
  intakeWindowStart,
  MAX_INTAKE_FOLDERS,
  processedFolder,
  type MailboxFolder,
  type WellKnownIds,
} from '../../../../src/domain/mail/intake-folders';

const folder = (id: string, displayName: string, childFolderCount = 0): MailboxFolder => ({ id, displayName, childFolderCount });

// A Danish forum mailbox as Outlook names its folders, plus two folders colleagues made.
const TOP: readonly MailboxFolder[] = [
  folder('f-inbox', 'Indbakke', 1),
  folder('f-sent', 'Sendt post'),
  folder('f-drafts', 'Kladder'),
  folder('f-deleted', 'Slettet post', 2),
  folder('f-junk', 'Uønsket mail'),
  folder('f-archive', 'Arkiv'),
  folder('f-outbox', 'Udbakke'),
  folder('f-history', 'Samtaleoversigt'),
  folder('f-done', 'Behandlet', 3),
  folder('f-cases', 'Sager 2026', 1),
];
const WELL_KNOWN: WellKnownIds = {
  junkemail: 'f-junk',
  archive: 'f-archive',
  sentitems: 'f-sent',
  drafts: 'f-drafts',
  deleteditems: 'f-deleted',
  outbox: 'f-outbox',
  conversationhistory: 'f-history',
};

describe('the folders the intake reads', () => {
  it('finds "Behandlet" among the top-level folders by name, in any case', () => {
    expect(processedFolder(TOP)?.id).toBe('f-done');
    expect(processedFolder([folder('x', ' behandlet ')])?.id).toBe('x');
    expect(processedFolder([folder('x', 'Behandlede sager')])).toBeUndefined();
  });

  it('descends into folders with children, never into Behandlet, Deleted Items or a folder already listed', () => {
    const next = foldersToDescend(TOP, WELL_KNOWN, 'f-done', new Set(['f-inbox']));
    expect(next.map((f) => f.id)).toEqual(['f-cases']);
  });

  it("reads filed folders and Archive first, Junk next and the configured folder last; skips the mailbox's own folders", () => {
    const folders = [...TOP, folder('f-sub', 'Punkter', 0)];
    const chosen = intakeFolders({ configured: 'inbox', configuredId: 'f-inbox', wellKnown: WELL_KNOWN, folders, processedId: 'f-done' });
    expect(chosen.map((f) => [f.name, f.kind, f.key])).toEqual([
      ['Arkiv', 'archive', 'archive'],
      ['Sager 2026', 'filed', 'folder:f-cases'],
      ['Punkter', 'filed', 'folder:f-sub'],
      ['Uønsket mail', 'junk', 'junkemail'],
      ['Indbakke', 'intake', 'inbox'],
    ]);
  });

  it("reads the Inbox as a filed folder when the forum reads another folder, and keeps that folder's key as set", () => {
    const chosen = intakeFolders({
      configured: 'f-cases',
      configuredId: 'f-cases',
      wellKnown: WELL_KNOWN,
      folders: TOP,
      processedId: 'f-done',
    });
    expect(chosen.map((f) => [f.id, f.kind])).toEqual([
      ['f-archive', 'archive'],
      ['f-inbox', 'filed'],
      ['f-junk', 'junk'],
      ['f-cases', 'intake'],
    ]);
    expect(chosen.at(-1)?.key).toBe('f-cases');
  });

  it('a mailbox without Archive or Junk reads what it has; a configured folder that is gone is not read', () => {
    const chosen = intakeFolders({ configured: 'f-gone', wellKnown: {}, folders: [folder('f-inbox', 'Inbox')] });
    expect(chosen.map((f) => [f.id, f.kind])).toEqual([['f-inbox', 'filed']]);
  });

  it('reads at most MAX_INTAKE_FOLDERS folders, the configured one always among them', () => {
    const many = Array.from({ length: MAX_INTAKE_FOLDERS + 10 }, (_, i) => folder(`u${i}`, `Mappe ${i}`));
    const chosen = intakeFolders({ configured: 'inbox', configuredId: 'f-inbox', wellKnown: {}, folders: many });
    expect(chosen).toHaveLength(MAX_INTAKE_FOLDERS);
    expect(chosen.at(-1)?.id).toBe('f-inbox');
  });
});

describe("the first sync's window", () => {
  it('starts N days before now, to the second, in UTC', () => {
    expect(intakeWindowStart(new Date('2026-12-06T06:40:57.123Z'), 30)).toBe('2026-11-06T06:40:57Z');
    expect(intakeWindowStart(new Date('2026-03-30T00:00:00Z'), 1)).toBe('2026-03-29T00:00:00Z');
  });

  it("is the forum's number of days, or 30", () => {
    expect(intakeWindowDays(undefined)).toBe(DEFAULT_INTAKE_WINDOW_DAYS);
    expect(DEFAULT_INTAKE_WINDOW_DAYS).toBe(30);
    const settings = {
      name: 'x',
      series: [],
      weekdays: [1],
      startTime: '09:00',
      deadlines: { submissionsCloseDaysBefore: 1, agendaSentDaysBefore: 1, minutesDraftDaysAfter: 1, chairsApproveDaysAfter: 1 },
      schoolHolidayWeeks: [],
      avoidObservances: true,
      minDaysBetweenMeetings: 0,
    };
    expect(intakeWindowDays({ ...settings, intake: { windowDays: 90 } })).toBe(90);
  });
});
