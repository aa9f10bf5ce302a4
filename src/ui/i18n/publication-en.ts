import type { publicationDa } from './publication-da';

/** English publication strings; same keys as publication-da.ts. */
export const publicationEn: typeof publicationDa = {
  heading: 'Publication',
  group: 'Publish the agenda and decisions',
  intro:
    'The public agenda and record of decisions are written as a web page and PDF to the Offentliggørelse folder, ready for the region\'s website. Closed items appear as "Closed item" without their content.',
  checking: 'Checking what has been published …',
  checkFailed: 'Could not check what has been published. You can still publish.',
  agenda: 'Publish agenda',
  decisions: 'Publish decisions',
  decisionsWaiting: 'The decisions can be published once the co-chairs have approved the minutes.',
  agendaPublished: 'Public agenda',
  decisionsPublished: 'Public record of decisions',
  publishing: 'Publishing …',
  published: 'Published to the Offentliggørelse folder.',
  publishedClosed_one: 'Published. {{count}} closed item is shown without its content.',
  publishedClosed_other: 'Published. {{count}} closed items are shown without their content.',
  unchanged: 'Nothing new to publish: the published version is the same.',
  notApproved: 'The decisions were not published: the co-chairs have not approved the minutes.',
  alreadyPublished: 'The decisions are already published and are not overwritten.',
  failed: 'Could not publish. Try again; nothing is published twice.',
  meetingChanged:
    "The meeting's details were changed by {{by}}, not by the secretariat, so nothing was published. Check the time, place and link under Agenda in this meeting, and confirm them.",
  itemsChanged_one:
    'The item {{items}} was added or changed by someone other than the secretariat and the chairs, so nothing was published. Review it in planning.',
  itemsChanged_other:
    'The items {{items}} were added or changed by someone other than the secretariat and the chairs, so nothing was published. Review them in planning.',
  conflict: 'Someone else has just published another version. Open the meeting again to see it.',
  page: '{{name}} (web page)',
};
