/** The ended forum's bar on its home (namespace `successor`), Danish; added with the bar (namespaces.ts). */
export const successorDa = {
  ended: '{{name}} blev afsluttet {{date}}. Arbejdet fortsætter i {{successor}}.',
  carried:
    'Overført – opfølgningspunkter: {{actions}}, punkter til kommende møder: {{backlog}}, medlemmer: {{members}}. Arkivet her kan stadig læses.',
  unfinished:
    'Overdragelsen til {{successor}} er ikke gjort færdig. Sekretariatet kan gøre den færdig under Forumindstillinger → Afslut forum.',
  open: 'Gå til {{successor}}',
};
