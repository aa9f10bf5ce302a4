/** What the secretariat's home says when the forum's decisions are not protected (namespace `protection`), Danish. */
export const protectionDa = {
  group: 'Beskyttelse af forummets beslutninger',
  membersChanged_one:
    'En række i medlemslisten er skrevet eller ændret af andre end sekretariatet ({{rows}}). Den tæller ikke med: forummet sender intet til dens adresse (invitationer, indkaldelser, dagsordener) og nævner den ingen steder, og referater og høringer sendes ikke, før rækken er kontrolleret og bekræftet under Forumindstillinger → Medlemmer.',
  membersChanged_other:
    '{{count}} rækker i medlemslisten er skrevet eller ændret af andre end sekretariatet ({{rows}}). De tæller ikke med: forummet sender intet til deres adresser (invitationer, indkaldelser, dagsordener) og nævner dem ingen steder, og referater og høringer sendes ikke, før rækkerne er kontrolleret og bekræftet under Forumindstillinger → Medlemmer.',
  rowBy: '{{name}} (ændret af {{by}})',
  settingsChanged:
    'Forummets indstillinger er ændret af {{by}}, ikke af sekretariatet. Godkendelsesreglen tæller ikke, så alle medformænd skal godkende referater, indtil du har kontrolleret og gemt indstillingerne i Forumindstillinger.',
  ownersUnknown:
    'Forummets ejere (sekretariatet) kunne ikke læses. Intet kan kontrolleres, så referater og høringer sendes ikke. Prøv igen senere.',
  unprotected_one:
    'Forummets SharePoint-websted mangler en af de rettigheder, der beskytter beslutningerne: medlemmer kan ændre noget, som kun sekretariatet bør kunne. Appen kontrollerer selv, før den sender, men bed jeres Microsoft 365-administrator køre: sekretariat provision --site {{site}}',
  unprotected_other:
    'Forummets SharePoint-websted mangler {{count}} af de rettigheder, der beskytter beslutningerne: medlemmer kan ændre noget, som kun sekretariatet bør kunne. Appen kontrollerer selv, før den sender, men bed jeres Microsoft 365-administrator køre: sekretariat provision --site {{site}}',
  details: 'Hvad mangler?',
  more_one: '… og {{count}} mere',
  more_other: '… og {{count}} mere',
};
