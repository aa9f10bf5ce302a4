import { LISTS } from '../../store/schema';
import type { ListName } from '../../store/schema';
import type { DirectoryState } from '../directory/state';
import { seedId, seedInternetMessageId, seedJoinUrl } from '../seed/ids';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/content-hash';
import { copenhagenToUtcMs } from '../../domain/copenhagen-time';
import type { MinutesContent } from '../../domain/minutes/minutes-content';
import { minutesFileBase } from '../../domain/minutes/minutes-document';
import type { CirculatedTrail } from '../../domain/types';
import { meetingFolderPath } from '../../store/meeting-folder';
import { textPdf } from '../seed/text-pdf';
import { addSeedDocuments, seedDocumentUrl, type SeedDocument } from './seed-documents';
import type { Seed, SeedForum } from '../seed/types';
import { provisionSeededSite } from '../sharepoint/seed';
import { titleColumn } from './columns';
import { spDate } from './shape';
import type { FieldValue, IdentityRecord, ListItemRecord, ListRecord, SiteRecord, SitesState } from './state';

const utc = (local: string, plusMinutes = 0): string => spDate(new Date(copenhagenToUtcMs(local) + plusMinutes * 60000));

type Rows = Record<ListName, Record<string, FieldValue | undefined>[]>;

/** The rows of each list for one forum; cross-references use the item ids the rows will get (1-based order). */
function forumRows(seed: Seed, forum: SeedForum, documents: SeedDocument[]): Rows {
  const person = (mail: string) => seed.people.find((p) => p.mail.toLowerCase() === mail.toLowerCase());
  const meetingIds = new Map(forum.meetings.map((m, i) => [m.key, String(i + 1)]));
  const submissionMails = forum.mailbox.filter((m) => m.submission);
  const submissionIds = new Map(submissionMails.map((m, i) => [m.key, String(i + 1)]));
  const rows: Rows = {
    Forum: [],
    Members: [],
    Meetings: [],
    AgendaItems: [],
    Submissions: [],
    MinutesVersions: [],
    Approvals: [],
    Actions: [],
    ActionMarks: [],
    Consultations: [],
    ConsultationReplies: [],
    SignOffs: [],
    Substitutes: [],
  };

  rows.Forum.push({
    Title: forum.displayName,
    ShortName: forum.shortName,
    Kind: forum.kind,
    Mailbox: forum.sharedMailbox.mail,
    SettingsJson: JSON.stringify(forum.settings),
  });
  for (const m of forum.members) {
    const p = person(m.person);
    rows.Members.push({
      Title: p?.displayName ?? m.person,
      Email: m.person,
      Organisation: p?.organisation,
      OrganisationKind: p?.organisationKind,
      JobTitle: p?.jobTitle,
      Role: m.role,
      SubstituteEmail: m.substitute,
      External: p ? p.account !== 'member' : true,
    });
  }
  for (const m of forum.meetings) {
    rows.Meetings.push({
      Title: m.title,
      Kind: m.kind,
      Start: utc(m.start),
      End: utc(m.start, m.durationMinutes),
      Form: m.form,
      Location: m.location,
      Status: m.status,
      EventId: m.booked ? seedId('event', forum.groupId, m.key) : undefined,
      JoinUrl: m.booked && m.form !== 'physical' ? seedJoinUrl(forum.groupId, m.key) : undefined,
      CorrelationId: seedId('meeting', forum.groupId, m.key),
      Prepares: m.prepares ? meetingIds.get(m.prepares) : undefined,
    });
  }
  for (const mail of submissionMails) {
    rows.Submissions.push({
      Title: mail.subject,
      InternetMessageId: seedInternetMessageId(forum.groupId, mail.key, seed.tenant.domain),
      ConversationId: seedId('conversation', forum.groupId, mail.key),
      SenderName: mail.from.name,
      SenderAddress: mail.from.address,
      ReceivedAt: utc(mail.receivedAt),
      Status: mail.submission?.status,
      MeetingId: mail.submission?.meeting ? meetingIds.get(mail.submission.meeting) : undefined,
      // As the intake records them: name, type, size — not yet copied to a meeting's folder (no url).
      AttachmentsJson: mail.attachments?.length
        ? JSON.stringify(
            mail.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: Buffer.byteLength(a.text, 'utf8') })),
          )
        : undefined,
    });
  }
  for (const [meetingKey, items] of Object.entries(forum.agendas)) {
    items.forEach((a, i) => {
      rows.AgendaItems.push({
        Title: a.title,
        MeetingId: meetingIds.get(meetingKey),
        Number: i + 1,
        Presenter: a.presenter,
        DurationMinutes: a.durationMinutes,
        Recommendations: a.recommendations.join('\n'),
        Description: a.description,
        Standing: a.standing ?? false,
        SubmissionId: a.fromMail ? submissionIds.get(a.fromMail) : undefined,
      });
    });
  }
  seedFollowUp(seed, forum, meetingIds, rows, documents);
  return rows;
}

/**
 * Approved minutes (snapshot + its SHA-256, as a frozen version stores them, circulated with the chairs' approvals as
 * the trail counted them) with the meeting's documents as the app would have left them — the agenda sent a week
 * before, the bilag, the circulated PDF in Godkendte referater — and open actions.
 */
function seedFollowUp(seed: Seed, forum: SeedForum, meetingIds: ReadonlyMap<string, string>, rows: Rows, documents: SeedDocument[]): void {
  const host = forum.siteId.split(',')[0] ?? 'sandbox.sharepoint.com';
  const siteUrl = `https://${host}/sites/${forum.mailNickname}`;
  for (const minutes of forum.approvedMinutes ?? []) {
    const meeting = forum.meetings.find((m) => m.key === minutes.meeting);
    const meetingId = meetingIds.get(minutes.meeting);
    if (!meeting || !meetingId) continue;
    const start = new Date(copenhagenToUtcMs(meeting.start)).toISOString();
    const folder = meetingFolderPath({ start, title: meeting.title }).split('/');
    // The meeting's agenda items (a version names each item's AgendaItems id), numbered as the minutes number them.
    const agendaIds = minutes.items.map((item, i) => {
      rows.AgendaItems.push({ Title: item.title, MeetingId: meetingId, Number: i + 1, DurationMinutes: 20, Standing: i === 0 });
      return String(rows.AgendaItems.length);
    });
    const content: MinutesContent = {
      meetingId,
      forumName: forum.displayName,
      forumShortName: forum.shortName,
      meetingTitle: meeting.title,
      start,
      end: new Date(copenhagenToUtcMs(meeting.start) + meeting.durationMinutes * 60000).toISOString(),
      form: meeting.form,
      ...(meeting.location ? { location: meeting.location } : {}),
      attendance: [],
      items: minutes.items.map((item, i) => ({
        agendaItemId: agendaIds[i] ?? '',
        number: i + 1,
        title: item.title,
        recommendations: [],
        referat: item.referat,
        beslutning: item.beslutning,
        ...(item.bilag ? { bilag: [{ label: item.bilag.label, url: seedDocumentUrl(siteUrl, [...folder, item.bilag.file]) }] } : {}),
      })),
    };
    const hash = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
    const finalName = `${minutesFileBase(content, 1, true)}.pdf`;
    const file = seedDocumentUrl(siteUrl, ['Godkendte referater', finalName]);
    const finalAt = utc(minutes.finalAt);
    const chairs = forum.members.flatMap((m) => {
      const p = seed.people.find((x) => x.mail.toLowerCase() === m.person.toLowerCase());
      return m.role === 'chair' && p ? [p] : [];
    });
    const trail: CirculatedTrail = {
      at: finalAt,
      required: chairs.length,
      chairs: chairs.map((p) => ({ email: p.mail.toLowerCase(), name: p.displayName, organisation: p.organisation })),
      answers: chairs.map((p, i) => ({
        id: String(i + 1),
        email: p.mail.toLowerCase(),
        name: p.displayName,
        decision: 'approved' as const,
        hash,
        at: utc(minutes.finalAt, -48 * 60 + i * 90),
        channel: p.account === 'member' ? ('teams' as const) : ('browser' as const),
      })),
    };
    rows.MinutesVersions.push({
      Title: `Referat ${meeting.title}`,
      MeetingId: meetingId,
      Version: 1,
      ContentHash: hash,
      Status: 'approved',
      SnapshotJson: JSON.stringify(content),
      VersionKey: `${meetingId}:1`,
      PdfUrl: file,
      FinalAt: finalAt,
      FinalPdfUrl: file,
      CirculatedTrail: JSON.stringify(trail),
      // How each chair was asked: in Teams when the app reaches them, else by mail (a guest).
      Requests: JSON.stringify(
        chairs.map((p) => ({
          email: p.mail.toLowerCase(),
          channel: p.account === 'member' ? 'activity' : 'mail',
          at: utc(minutes.finalAt, -5 * 24 * 60),
        })),
      ),
    });
    const meetingRow = rows.Meetings[Number(meetingId) - 1];
    if (meetingRow) {
      meetingRow.AgendaSentAt = utc(meeting.start, -7 * 24 * 60);
      meetingRow.MinutesCirculatedAt = finalAt;
      meetingRow.MinutesHash = hash;
    }
    documents.push(
      {
        folder,
        name: `Dagsorden ${meeting.start.slice(0, 10)}.pdf`,
        mimeType: 'application/pdf',
        bytes: textPdf(`Dagsorden – ${meeting.title}`, [
          forum.displayName,
          meeting.start.replace('T', ' kl. '),
          '',
          ...content.items.map((i) => `${i.number}. ${i.title}`),
        ]),
      },
      ...minutes.items.flatMap((item) =>
        item.bilag
          ? [{ folder, name: item.bilag.file, mimeType: 'application/pdf', bytes: textPdf(item.bilag.label, [`Bilag til: ${item.title}`]) }]
          : [],
      ),
      {
        folder: ['Godkendte referater'],
        name: finalName,
        mimeType: 'application/pdf',
        bytes: textPdf(`Referat – ${meeting.title} (godkendt)`, [
          forum.displayName,
          '',
          ...content.items.flatMap((i) => [`${i.number}. ${i.title}`, `Referat: ${i.referat}`, `Beslutning: ${i.beslutning}`, '']),
          'Bilag: Formandskabets godkendelse',
          `SHA-256: ${hash}`,
          ...trail.answers.map((a) => `${a.name}: godkendt ${a.at}`),
        ]),
      },
    );
  }
  for (const [i, action] of (forum.actions ?? []).entries()) {
    const owner = seed.people.find((p) => p.mail.toLowerCase() === action.owner.toLowerCase());
    rows.Actions.push({
      Title: action.title,
      MeetingId: meetingIds.get(action.meeting),
      OwnerEmail: action.owner.toLowerCase(),
      OwnerName: owner?.displayName ?? action.owner,
      Due: utc(`${action.due}T00:00`),
      Status: 'open',
      CorrelationId: seedId('action', forum.groupId, String(i)),
    });
  }
}

function seedList(siteId: string, name: ListName, rows: Rows[ListName], author: IdentityRecord, now: string): ListRecord {
  const def = LISTS.find((l) => l.name === name);
  if (!def) throw new Error(`Unknown list ${name}`);
  const items: ListItemRecord[] = rows.map((row, i) => {
    const fields: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(row)) if (v !== undefined && v !== '') fields[k] = v;
    const id = String(i + 1);
    return {
      id,
      guid: seedId('item', siteId, name, id),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: author,
      lastModifiedBy: author,
      fields,
    };
  });
  return {
    id: seedId('list', siteId, name),
    name,
    displayName: name,
    description: def.description,
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdBy: author,
    columns: [
      titleColumn(seedId('column', siteId, name, 'Title')),
      ...def.columns.map((c) => ({
        id: seedId('column', siteId, name, c.name),
        name: c.name,
        displayName: c.name,
        description: '',
        type: c.type,
        indexed: c.indexed ?? false,
        required: false,
        ...(c.choices ? { choices: [...c.choices] } : {}),
        ...(c.unique ? { unique: true } : {}),
      })),
    ],
    items,
    nextItemId: items.length + 1,
  };
}

/**
 * One site per forum with every list of the schema, filled from the seed, and a document library — empty, or, on a
 * provisioned site (the default), holding the folders the permission plan protects.
 */
export function seedSites(seed: Seed, directory: DirectoryState, nowDate: Date): SitesState {
  const now = spDate(nowDate);
  const sites = seed.forums.map((forum): SiteRecord => {
    const secretary = forum.members.find((m) => m.role === 'secretariat');
    const p = secretary ? seed.people.find((x) => x.mail.toLowerCase() === secretary.person.toLowerCase()) : undefined;
    const user = p ? directory.users.find((u) => u.id === p.id) : undefined;
    const author: IdentityRecord = user
      ? { id: user.id, displayName: user.displayName, email: user.mail }
      : { id: forum.sharedMailbox.id, displayName: forum.sharedMailbox.displayName, email: forum.sharedMailbox.mail };
    const documents: SeedDocument[] = [];
    const rows = forumRows(seed, forum, documents);
    const host = forum.siteId.split(',')[0] ?? 'sandbox.sharepoint.com';
    const rootId = seedId('driveroot', forum.siteId);
    const site: SiteRecord = {
      id: forum.siteId,
      groupId: forum.groupId,
      name: forum.mailNickname,
      displayName: forum.displayName,
      description: forum.description,
      webUrl: `https://${host}/sites/${forum.mailNickname}`,
      createdDateTime: now,
      lists: LISTS.map((l) => seedList(forum.siteId, l.name, rows[l.name], author, now)),
      drive: {
        id: seedId('drive', forum.siteId),
        name: 'Documents',
        rootId,
        createdDateTime: now,
        items: {
          [rootId]: {
            id: rootId,
            name: 'root',
            kind: 'folder',
            size: 0,
            createdDateTime: now,
            lastModifiedDateTime: now,
            version: 1,
            createdBy: author,
            lastModifiedBy: author,
          },
        },
      },
    };
    if ((forum.sitePermissions ?? 'provisioned') === 'provisioned') {
      const chairs = forum.members.filter((m) => m.role === 'chair').map((m) => m.person);
      provisionSeededSite(site, directory, chairs, user, author, now);
      addSeedDocuments(site, documents, author, now);
    }
    return site;
  });
  return { sites };
}
