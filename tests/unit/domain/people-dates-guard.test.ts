import { actionReminderMail } from '../../../src/domain/actions';
import { agendaChangeText } from '../../../src/domain/agenda-changes';
import { appointmentBookingFor } from '../../../src/domain/appointment-booking';
import { callForItemsMail } from '../../../src/domain/call-for-items';
import { PRESETS } from '../../../src/domain/commissorium';
import { consultationMail, outcomeMail, reminderMail } from '../../../src/domain/consultation/mail';
import type { Html } from '../../../src/domain/html';
import { bookedInvitation } from '../../../src/domain/meeting-invitation';
import type { MinutesContent } from '../../../src/domain/minutes/minutes-content';
import {
  approvalPreviewText,
  approvalReminderMail,
  approvalRequestMail,
  approvedMarking,
  buildMinutesDocument,
  circulationMail,
  minutesMarking,
} from '../../../src/domain/minutes/minutes-document';
import { decisionMail } from '../../../src/domain/submission-decision-mail';
import type { ForumMember } from '../../../src/domain/types';

/**
 * What people read — invitations and calendar subjects, mails, the Teams activity's preview, the agenda's change lines —
 * never shows a machine date ("2027-03-11") or a colon clock ("09:00"): Danish dates, "kl. 09.00". Rendered by the
 * real builders on dates that would show the difference (a clock with minutes, summer and winter time).
 */

const C = PRESETS['horsens-2024'];
const START = '2027-03-11T08:05:00Z'; // Thursday 11 March 2027, 09.05 in Copenhagen
const END = '2027-03-11T10:35:00Z';
const SUMMER = '2027-06-10T12:45:00Z'; // 14.45 in Copenhagen
const person = (email: string, role: ForumMember['role']): ForumMember => ({
  id: email,
  name: email,
  email,
  organisation: 'Org',
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
});
const forum = {
  name: 'Klyngestyregruppen for Fjordklyngen',
  shortName: 'KSG',
  mailbox: 'ksg@x.example',
  members: [person('c@x.example', 'chair'), person('m@x.example', 'member')],
};

const CONTENT: MinutesContent = {
  meetingId: '7',
  forumName: forum.name,
  forumShortName: 'KSG',
  meetingTitle: 'Møde 1/2027',
  start: START,
  end: END,
  form: 'hybrid',
  location: 'Mødelokale 3',
  attendance: [{ email: 'c@x.example', name: 'Jonas Dahl', organisation: 'Hospitalet', presence: 'room', chair: true }],
  items: [{ agendaItemId: 'a', number: 1, title: 'Velkomst', recommendations: [], referat: 'Drøftet.', beslutning: 'Godkendt.' }],
};

const consultation = {
  reference: 'KSG-2027-03',
  title: 'Kommissorium',
  question: 'Kan gruppen godkende?',
  recommendations: ['at gruppen godkender'],
  description: 'Tekst.',
  deadline: SUMMER,
  attachments: [],
};

function rendered(): Record<string, string> {
  const doc = buildMinutesDocument(CONTENT, { kind: 'draft', version: 1 });
  const approved = buildMinutesDocument(CONTENT, approvedMarking({ version: 2, contentHash: 'a'.repeat(64) }, { chairs: [], required: 1 }));
  const out: Record<string, string> = {};
  const add = (name: string, mail: { subject?: string; bodyHtml?: Html; html?: Html; bodyText?: string; text?: string } | string): void => {
    out[name] =
      typeof mail === 'string'
        ? mail
        : [mail.subject, mail.bodyHtml, mail.html, mail.bodyText, mail.text].filter((x) => x !== undefined).join('\n');
  };
  for (const kind of ['ordinary', 'video', 'extraordinary'] as const) {
    const inv = bookedInvitation({ forum, kind, title: 'Møde 1/2027', form: 'hybrid', start: START, end: END, purpose: 'Høring' }, C);
    add(`invitation:${kind}`, inv);
  }
  add(
    'invitation:planning',
    bookedInvitation(
      {
        forum,
        kind: 'planning',
        title: 'Planlægningsmøde før møde 1/2027',
        form: 'video',
        start: '2027-02-25T13:10:00Z',
        end: '2027-02-25T14:10:00Z',
        preparesStart: START,
      },
      C,
    ),
  );
  add('appointment', appointmentBookingFor({ forum: { ...forum, settings: C }, kind: 'ordinary', start: START }));
  const call = callForItemsMail({
    forum,
    meeting: { kind: 'ordinary', start: START, end: END, form: 'hybrid', location: 'Lokale 1' },
    commissorium: C,
  });
  add('call-for-items', call);
  add(
    'decision',
    decisionMail({
      forum: { name: forum.name },
      submission: { title: 'KOL', senderName: 'Lars', reference: 'KSG-0001' },
      decision: { kind: 'accepted', meeting: { id: '1', title: 'Møde 2/2027', start: SUMMER } },
    }),
  );
  add('approval-request', approvalRequestMail(doc, { version: 1, link: 'https://a/#/x', deadline: SUMMER }));
  add('approval-reminder', approvalReminderMail(doc, { version: 1, link: 'https://a/#/x', deadline: SUMMER }));
  add('circulation', circulationMail(approved, { pdfName: 'Referat.pdf' }));
  add('marking', minutesMarking({ kind: 'draft', version: 1 }));
  for (const kind of ['request', 'changed', 'reminder'] as const) add(`teams-activity:${kind}`, approvalPreviewText(CONTENT, 2, kind));
  add('consultation', consultationMail(forum.name, consultation, { name: 'Jane' }));
  add('consultation-reminder', reminderMail(forum.name, consultation, { name: 'Jane' }));
  add('consultation-outcome', outcomeMail(forum.name, consultation, 'Godkendt.'));
  add(
    'action-reminder',
    actionReminderMail(forum.name, { title: 'Pjece', ownerName: 'Mette', due: SUMMER, notes: '' }, 'Møde 1/2027', START),
  );
  add('agenda-change', agendaChangeText({ kind: 'moved', from: 2, to: 1, title: 'Status', slot: { start: START, end: END } }));
  return out;
}

describe('dates and times people read', () => {
  const outputs = Object.entries(rendered());

  it('renders every builder (the guard is not empty)', () => {
    expect(outputs.length).toBeGreaterThan(15);
    for (const [, text] of outputs) expect(text.length).toBeGreaterThan(0);
  });

  it.each(outputs)('%s shows no ISO date and no colon clock', (_name, text) => {
    // Links and file names may carry ISO dates for machines; what a person reads may not.
    const readable = text.replace(/href="[^"]*"/g, '').replace(/https?:\/\/\S+/g, '');
    expect(readable).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(readable).not.toMatch(/\b\d{1,2}:\d{2}\b/);
  });

  it('the Danish clock is there where a time is', () => {
    const all = outputs.map(([, t]) => t).join('\n');
    expect(all).toContain('kl. 09.05–11.35');
    expect(all).toContain('kl. 14.45');
  });
});
