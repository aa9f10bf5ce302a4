import type { Resources } from './da';

/** Shape-checked against Danish: a missing key fails typecheck. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const en: Strings<Resources> = {
  app: {
    name: 'Sekretariat',
    loading: 'Loading your meetings …',
    loaded: 'Home loaded',
    skipLink: 'Skip to content',
    signedInAs: 'Signed in as {{name}}',
  },
  nav: { roles: 'Your roles', forum: 'Forum' },
  language: { label: 'Language', da: 'Dansk', en: 'English', switchTo: 'Switch language to {{language}}' },
  role: { secretariat: 'Secretariat', chair: 'Chairs', member: 'Member', observer: 'Observer' },
  command: {
    refresh: 'Refresh',
    openMeeting: 'Open the meeting {{title}}',
    joinMeeting: 'Join Teams meeting',
    signOut: 'Switch user',
    close: 'Close',
  },
  home: {
    planning: 'Planning',
    planningHint: 'Incoming items, deferred items and the agenda of the next meeting',
    forumSettings: 'Forum settings',
    noForums: 'You are not a member of any forum this secretariat serves. Contact the secretariat if you think this is wrong.',
  },
  error: {
    title: 'The home page could not be loaded',
    offline: 'There is no connection to Microsoft 365. Check your network connection and try again.',
    auth: 'Your sign-in has expired. Sign in again and retry.',
    forbidden: "You do not have access to the forum's data. Ask the secretariat to give you access.",
    throttled: 'Microsoft 365 asks us to wait a moment. Try again shortly.',
    server: 'Microsoft 365 is not answering right now. Try again in a little while – your data is not affected.',
    conflict: 'Someone else changed the same thing meanwhile. Your changes are kept – refresh and save again.',
    uncertain:
      'The answer from Microsoft 365 was lost, so it is unclear whether it went through. Try again: the app first looks whether it already happened, and sends nothing twice.',
    unknown: 'Something went wrong. Try again – if it persists, contact the secretariat.',
    retry: 'Try again',
  },
  host: {
    message: 'Open mail: "{{subject}}" from {{from}}',
    appointment: 'Open appointment: "{{subject}}"',
    appointmentUntitled: 'Open appointment without a subject',
    compose: 'You are writing a mail',
  },
  outside: {
    title: 'Open Sekretariat in {{host}}',
    body: 'This page is made to run inside {{host}}. Open Sekretariat from there – or use the web version.',
    web: 'Go to the web version',
  },
  teamsConfig: {
    title: 'Add Sekretariat to the channel',
    body: "The tab shows the forum's meetings, what needs doing and what awaits approval – for each person according to their role.",
    forum: "The tab opens on this team's forum.",
  },
  notice: { refreshed: 'Home refreshed' },
  // Issue 6: the meeting dialog's way into the minutes editor (the editor's own strings load with it).
};
