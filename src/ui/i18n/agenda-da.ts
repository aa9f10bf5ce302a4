/**
 * The agenda actions' strings (`agendaActions.*`). They load with the secretariat's agenda actions, not with every
 * person's first paint (bench/budgets.json): `addAgendaStrings` adds them.
 */
export const agendaDa = {
  agendaActions: {
    group: 'Dagsorden: dan og send',
    generate: 'Dan dagsorden',
    generating: 'Danner dagsordenen (Word og PDF) …',
    generated: 'Dagsordenen er dannet i mødets mappe.',
    overrun: 'Punkterne varer {{count}} minutter længere end mødet.',
    docx: 'Dagsorden (Word)',
    pdf: 'Dagsorden (PDF)',
    send: 'Send dagsorden',
    sendRevised: 'Send revideret dagsorden',
    confirmSend: 'Dagsordenen sendes med PDF til alle medlemmer og inviterede, og mødet i kalenderen får dagsordenen. Send nu?',
    confirmRevised: 'Den reviderede dagsorden sendes med PDF til alle medlemmer og inviterede og erstatter den tidligere. Send nu?',
    confirm: 'Send',
    cancel: 'Fortryd',
    sending: 'Sender dagsordenen …',
    sent_one: 'Dagsordenen er sendt til {{count}} modtager.',
    sent_other: 'Dagsordenen er sendt til {{count}} modtagere.',
    sentRevised_one: 'Den reviderede dagsorden er sendt til {{count}} modtager.',
    sentRevised_other: 'Den reviderede dagsorden er sendt til {{count}} modtagere.',
    eventNotUpdated: 'Mødet i kalenderen kunne ikke opdateres med dagsordenen.',
    unchanged: 'Dagsordenen er ikke ændret siden den blev sendt. Intet er sendt igen.',
    claimed: 'Dagsordenen er ved at blive sendt af en anden. Prøv igen om lidt.',
    sentAt: 'Dagsordenen blev sendt {{date}} kl. {{time}}.',
    notSent: 'Dagsordenen er ikke sendt endnu.',
    failed: 'Det lykkedes ikke. Prøv igen — dagsordenen sendes aldrig to gange.',
  },
};
