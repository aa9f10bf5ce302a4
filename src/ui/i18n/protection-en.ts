import type { protectionDa } from './protection-da';

/** What the secretariat's home says when the forum's decisions are not protected (namespace `protection`), English. */
export const protectionEn: typeof protectionDa = {
  group: "Protection of the forum's decisions",
  membersChanged_one:
    'A row of the member list was written or changed by someone other than the secretariat ({{rows}}). It does not count: the forum sends nothing to its address (invitations, calls for items, agendas) and names it nowhere, and no minutes or consultations are sent until the row has been checked and confirmed under Forum settings → Members.',
  membersChanged_other:
    '{{count}} rows of the member list were written or changed by someone other than the secretariat ({{rows}}). They do not count: the forum sends nothing to their addresses (invitations, calls for items, agendas) and names them nowhere, and no minutes or consultations are sent until the rows have been checked and confirmed under Forum settings → Members.',
  rowBy: '{{name}} (changed by {{by}})',
  settingsChanged:
    "The forum's settings were changed by {{by}}, not by the secretariat. The approval rule does not count, so every co-chair must approve minutes until you have checked and saved the settings in Forum settings.",
  ownersUnknown:
    "The forum's owners (the secretariat) could not be read. Nothing can be checked, so no minutes or consultations are sent. Try again later.",
  unprotected_one:
    "The forum's SharePoint site lacks one of the permissions that protect its decisions: members can change something only the secretariat should. The app checks for itself before it sends, but ask your Microsoft 365 administrator to run: sekretariat provision --site {{site}}",
  unprotected_other:
    "The forum's SharePoint site lacks {{count}} of the permissions that protect its decisions: members can change something only the secretariat should. The app checks for itself before it sends, but ask your Microsoft 365 administrator to run: sekretariat provision --site {{site}}",
  details: 'What is missing?',
  more_one: '… and {{count}} more',
  more_other: '… and {{count}} more',
};
