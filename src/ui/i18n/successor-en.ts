import type { successorDa } from './successor-da';

/** The ended forum's bar on its home (namespace `successor`), English. */
export const successorEn: typeof successorDa = {
  ended: '{{name}} was ended {{date}}. Its work continues in {{successor}}.',
  carried:
    'Moved over – follow-up actions: {{actions}}, items for coming meetings: {{backlog}}, members: {{members}}. The archive here stays readable.',
  unfinished: 'The handover to {{successor}} is not finished. The secretariat can finish it under Forum settings → End forum.',
  open: 'Go to {{successor}}',
};
