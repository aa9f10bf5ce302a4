import type { agendaDa } from './agenda-da';

/** The agenda actions' strings in English (see agenda-da.ts). */
export const agendaEn: typeof agendaDa = {
  agendaActions: {
    group: 'Agenda: generate and send',
    generate: 'Generate agenda',
    generating: 'Generating the agenda (Word and PDF) …',
    generated: "The agenda is in the meeting's folder.",
    overrun: 'The items run {{count}} minutes past the end of the meeting.',
    docx: 'Agenda (Word)',
    pdf: 'Agenda (PDF)',
    send: 'Send agenda',
    sendRevised: 'Send revised agenda',
    confirmSend: "The agenda goes with its PDF to every member and invited guest, and the meeting in the calendar gets the agenda. Send now?",
    confirmRevised: 'The revised agenda goes with its PDF to every member and invited guest and replaces the earlier one. Send now?',
    confirm: 'Send',
    cancel: 'Cancel',
    sending: 'Sending the agenda …',
    sent_one: 'The agenda was sent to {{count}} recipient.',
    sent_other: 'The agenda was sent to {{count}} recipients.',
    sentRevised_one: 'The revised agenda was sent to {{count}} recipient.',
    sentRevised_other: 'The revised agenda was sent to {{count}} recipients.',
    eventNotUpdated: 'The meeting in the calendar could not be updated with the agenda.',
    unchanged: 'The agenda has not changed since it was sent. Nothing was sent again.',
    claimed: 'Someone else is sending the agenda right now. Try again in a moment.',
    sentAt: 'The agenda was sent on {{date}} at {{time}}.',
    notSent: 'The agenda has not been sent yet.',
    failed: 'That did not work. Try again — the agenda is never sent twice.',
  },
};
