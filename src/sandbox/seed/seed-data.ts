import { addDays } from '../../domain/calendar-date';
import { PRESETS, type Commissorium } from '../../domain/commissorium';
import { copenhagenDate } from '../../domain/copenhagen-time';
import { meetingTitle, planningTitle } from '../../domain/meeting-names';
import type { MeetingStatus } from '../../domain/types';
import { SANDBOX_FORUMS } from '../../config/app-config';
import { automationApplication } from './applications';
import { steeringGroupMails } from './mails';
import { people } from './people';
import type { Seed, SeedAgendaItem, SeedForum, SeedForumMember, SeedMeeting } from './types';

/**
 * The sandbox's seed: a fictional cluster steering group (klyngestyregruppe) and one of its theme
 * groups, modelled on the Horsensklyngen commissorium 2024-27 and the Midtklyngen minutes in
 * shared/reference. Meeting dates follow the forum's rule for the current year (for example "the
 * second Thursday of March"), so the sandbox always shows "this year"; statuses follow from `now`.
 */

const TENANT = { id: '0c8f9a3e-2d4b-4f6a-8e1c-5b7d9f0a2c01', domain: 'regionfjord.example', displayName: 'Region Fjord' };
const [KSG_REF, TAEK_REF] = SANDBOX_FORUMS;

const HOSPITAL_ROOM = 'Mødelokale 3.12, Fjordhospitalet, Havnegade 12, Fjordby';

/** The steering group: three co-chairs (hospital, psychiatry, a municipal director), a secretariat of two. */
const steeringGroupMembers: readonly SeedForumMember[] = [
  { person: 'jonas.vestergaard@regionfjord.example', role: 'chair', substitute: 'mette.lund.kjaer@regionfjord.example' },
  { person: 'yrsa.thomsen@regionfjord.example', role: 'chair', substitute: 'anja.skov@regionfjord.example' },
  { person: 'lene.damgaard@fjordby.example', role: 'chair', substitute: 'mads.kvist@fjordby.example' },
  { person: 'mette.lund.kjaer@regionfjord.example', role: 'member' },
  { person: 'karen.rask@regionfjord.example', role: 'member' },
  { person: 'anja.skov@regionfjord.example', role: 'member' },
  { person: 'lars.harbo@skovlund.example', role: 'member', substitute: 'trine.bogh@skovlund.example' },
  { person: 'henrik.molgaard@bakkedal.example', role: 'member', substitute: 'birgitte.lauritsen@bakkedal.example' },
  { person: 'susanne.krogh@engholm.example', role: 'member', substitute: 'peter.due@engholm.example' },
  { person: 'poul.erik.winther@regionfjord.example', role: 'member' },
  { person: 'jane.holt@plo-fjord.example', role: 'member' },
  { person: 'trine.frost@privat.example', role: 'member' },
  { person: 'ralf.jessen@privat.example', role: 'member' },
  { person: 'birgitte.lauritsen@bakkedal.example', role: 'member' },
  { person: 'katrine.holm@regionfjord.example', role: 'secretariat' },
  { person: 'anne.bisgaard@regionfjord.example', role: 'secretariat' },
];

const themeGroupMembers: readonly SeedForumMember[] = [
  { person: 'birgitte.lauritsen@bakkedal.example', role: 'chair' },
  { person: 'mette.lund.kjaer@regionfjord.example', role: 'chair' },
  { person: 'poul.erik.winther@regionfjord.example', role: 'member' },
  { person: 'trine.bogh@skovlund.example', role: 'member' },
  { person: 'peter.due@engholm.example', role: 'member' },
  { person: 'trine.frost@privat.example', role: 'member' },
  { person: 'katrine.holm@regionfjord.example', role: 'secretariat' },
];

/** Horsensklyngen 2024-27 as data: four two-hour meetings, a planning meeting two weeks before each. */
const steeringGroupSettings: Commissorium = {
  ...PRESETS['horsens-2024'],
  name: 'Klyngestyregruppen for Fjordklyngen',
  series: [{ kind: 'ordinary', perYear: 4, durationMinutes: 120, form: 'hybrid' }],
  rooms: [HOSPITAL_ROOM, 'Mødelokale 1, Rådhuset, Torvet 1, Fjordby'],
};

/** The theme group: three 90-minute video meetings a year, no planning meeting, shorter deadlines. */
const themeGroupSettings: Commissorium = {
  ...PRESETS['horsens-2024'],
  name: 'Temagruppen for ældre og kronisk syge',
  startTime: '13:00',
  weekdays: [2, 3],
  series: [{ kind: 'ordinary', perYear: 3, durationMinutes: 90, form: 'video' }],
  planning: undefined,
  deadlines: {
    submissionsCloseDaysBefore: 14,
    agendaSentDaysBefore: 5,
    minutesDraftDaysAfter: 7,
    chairsApproveDaysAfter: 14,
    callForItemsDaysBefore: 14,
  },
};

/** "YYYY-MM-DD" of the n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const THURSDAY = 4;
const TUESDAY = 2;

interface PlannedMeeting {
  readonly key: string;
  readonly date: string;
}

function statusOf(date: string, today: string, isNextHeld: boolean, planned: boolean): MeetingStatus {
  if (date < today) return isNextHeld ? 'held' : 'minutes-approved';
  return planned ? 'planned' : 'booked';
}

/** Ordinary meetings with a planning meeting two weeks before each, statuses from `today`. */
function yearOfMeetings(
  plan: readonly PlannedMeeting[],
  today: string,
  opts: { start: string; minutes: number; form: SeedMeeting['form']; location?: string },
): SeedMeeting[] {
  const past = plan.filter((m) => m.date < today);
  const lastHeld = past[past.length - 1]?.key;
  const nextYear = plan[plan.length - 1]?.key;
  return plan.flatMap((m, i) => {
    const isLast = m.key === nextYear && plan.length > 4;
    // Named as the app names new meetings (src/domain/meeting-names.ts): "Møde 2/2026", numbered within its year.
    const year = m.date.slice(0, 4);
    const title = meetingTitle('ordinary', plan.slice(0, i).filter((p) => p.date.startsWith(year)).length + 1, Number(year));
    const ordinary: SeedMeeting = {
      key: m.key,
      kind: 'ordinary',
      title,
      start: `${m.date}T${opts.start}`,
      durationMinutes: opts.minutes,
      form: opts.form,
      ...(opts.location ? { location: opts.location } : {}),
      status: statusOf(m.date, today, m.key === lastHeld, isLast),
      booked: !isLast,
    };
    const planningDate = addDays(m.date, -14);
    const planning: SeedMeeting = {
      key: `${m.key}-planning`,
      kind: 'planning',
      title: planningTitle(title),
      start: `${planningDate}T14:00`,
      durationMinutes: 60,
      form: 'video',
      status: planningDate < today ? 'held' : isLast ? 'planned' : 'booked',
      prepares: m.key,
      booked: !isLast,
    };
    return [planning, ordinary];
  });
}

/** The draft agenda of the next meeting, in the reference minutes' shape. */
const nextMeetingAgenda: readonly SeedAgendaItem[] = [
  {
    title: 'Velkomst og godkendelse af dagsorden',
    presenter: 'Jonas Vestergaard',
    durationMinutes: 10,
    recommendations: ['at klyngestyregruppen godkender dagsordenen'],
    description: 'Godkendelse af dagsordenen og punkter til eventuelt.',
    standing: true,
  },
  {
    title: 'Opfølgning på beslutninger',
    durationMinutes: 5,
    recommendations: ['at status på opfølgningen tages til efterretning'],
    description: 'Åbne opfølgningspunkter fra tidligere møder.',
    standing: true,
  },
  {
    title: 'Status på samarbejdsmodel for børn og unge i psykisk mistrivsel',
    presenter: 'Anja Skov',
    durationMinutes: 25,
    recommendations: ['at klyngestyregruppen tager status til efterretning', 'at klyngestyregruppen godkender den reviderede tidsplan'],
    description: 'Styregruppen for samarbejdsmodellen har holdt tre møder, og projektlederen er tiltrådt.',
    fromMail: 'boern-unge-mistrivsel',
  },
  {
    title: '72-timers behandlingsansvar',
    presenter: 'Jonas Vestergaard og Mette Lund Kjær',
    durationMinutes: 20,
    recommendations: [
      'at klyngestyregruppen drøfter erfaringerne med implementeringen',
      'at klyngestyregruppen beslutter, om der er behov for justeringer',
    ],
    description: 'Fjordhospitalet har overtaget behandlingsansvaret i 72 timer efter udskrivelse for udvalgte patientgrupper.',
  },
  {
    title: 'Sundhedsaftalen – opfølgning',
    presenter: 'Formandskabet',
    durationMinutes: 15,
    recommendations: ['at klyngestyregruppen orienterer hinanden om opmærksomhedspunkter'],
    description: 'Gensidig orientering om arbejdet med den nye sundhedsaftale.',
  },
  {
    title: 'Punkter til kommende møder',
    durationMinutes: 10,
    recommendations: ['at klyngestyregruppen drøfter og prioriterer punkter til kommende møder'],
    description: 'Oversigt over udsatte og foreslåede punkter.',
    standing: true,
  },
  { title: 'Eventuelt', durationMinutes: 10, recommendations: [], description: '', standing: true },
  {
    title: 'Skriftlige orienteringspunkter',
    durationMinutes: 0,
    recommendations: ['at klyngestyregruppen tager de skriftlige orienteringer til efterretning'],
    description: 'Orientering fra Sundhedssamarbejdsudvalget og temagrupperne.',
    standing: true,
  },
];

/** The agenda of the last meeting held (its minutes are still to be written): Referat and Beslutning empty. */
const heldMeetingAgenda: readonly SeedAgendaItem[] = [
  {
    title: 'Velkomst og godkendelse af dagsorden',
    presenter: 'Jonas Vestergaard',
    durationMinutes: 10,
    recommendations: ['at klyngestyregruppen godkender dagsordenen'],
    description: 'Godkendelse af dagsordenen og punkter til eventuelt.',
    standing: true,
  },
  {
    title: 'Fælles model for udskrivelse af ældre medicinske patienter',
    presenter: 'Yrsa Thomsen',
    durationMinutes: 30,
    recommendations: ['at klyngestyregruppen godkender modellen', 'at kommunerne melder kontaktpersoner ind inden årets udgang'],
    description: 'Arbejdsgruppen har udarbejdet en fælles model for udskrivelse.',
  },
  {
    title: 'Opfølgning på akutfunktionerne',
    presenter: 'Lene Damgaard',
    durationMinutes: 20,
    recommendations: ['at klyngestyregruppen drøfter status'],
    description: 'Status på kommunernes akutfunktioner efter første halvår.',
  },
  {
    title: 'Skriftlige orienteringspunkter',
    durationMinutes: 0,
    recommendations: ['at klyngestyregruppen tager de skriftlige orienteringer til efterretning'],
    description: 'Orientering fra temagrupperne.',
    standing: true,
  },
  { title: 'Eventuelt', durationMinutes: 10, recommendations: [], description: '', standing: true },
];
/**
 * The approved minutes of the KSG meeting held before the last one (for the member's archive) and two open actions
 * from the last one: one for Mette Lund Kjær due at the next meeting, one overdue for Jonas Vestergaard.
 */
function followUpSeed(plan: readonly PlannedMeeting[], today: string, nextDate: string): Pick<SeedForum, 'approvedMinutes' | 'actions'> {
  const past = plan.filter((m) => m.date < today);
  const last = past.at(-1);
  const before = past.at(-2);
  return {
    ...(before
      ? {
          approvedMinutes: [
            {
              meeting: before.key,
              finalAt: `${addDays(before.date, 14)}T12:00`,
              items: [
                {
                  title: 'Velkomst og godkendelse af dagsorden',
                  referat: 'Formandskabet bød velkommen.',
                  beslutning: 'Dagsordenen blev godkendt.',
                },
                {
                  title: 'Natordning i hjemmeplejen',
                  referat: 'Bakkedal Kommune fortalte om erfaringerne med den fælles natordning.',
                  beslutning: 'Klyngestyregruppen besluttede, at natordningen evalueres inden årets udgang.',
                  bilag: { label: 'Bilag 1 – Erfaringer med natordningen.pdf', file: 'KSG-0003 Erfaringer med natordningen.pdf' },
                },
                {
                  title: '72-timers behandlingsansvar',
                  referat: 'Fjordhospitalet orienterede om implementeringen.',
                  beslutning: 'Orienteringen blev taget til efterretning.',
                },
              ],
            },
          ],
        }
      : {}),
    ...(last
      ? {
          actions: [
            {
              title: 'Udarbejd fælles pjece om KOL-forløbet',
              owner: 'mette.lund.kjaer@regionfjord.example',
              meeting: last.key,
              due: nextDate,
            },
            {
              title: 'Send evalueringen af natordningen til kommunerne',
              owner: 'jonas.vestergaard@regionfjord.example',
              meeting: last.key,
              due: addDays(today, -7),
            },
          ],
        }
      : {}),
  };
}

export function buildSeed(now: Date): Seed {
  if (!KSG_REF || !TAEK_REF) throw new Error('Seed: SANDBOX_FORUMS must name two forums');
  const today = copenhagenDate(now);
  const year = Number(today.slice(0, 4));

  const ksgPlan: PlannedMeeting[] = [
    { key: 'ksg-1', date: nthWeekday(year, 3, THURSDAY, 2) },
    { key: 'ksg-2', date: nthWeekday(year, 6, THURSDAY, 2) },
    { key: 'ksg-3', date: nthWeekday(year, 10, THURSDAY, 1) },
    { key: 'ksg-4', date: nthWeekday(year, 12, THURSDAY, 2) },
    { key: 'ksg-5', date: nthWeekday(year + 1, 3, THURSDAY, 2) },
  ];
  const ksgMeetings = yearOfMeetings(ksgPlan, today, { start: '09:00', minutes: 120, form: 'hybrid', location: HOSPITAL_ROOM });
  const next = ksgPlan.find((m) => m.date >= today) ?? ksgPlan.at(-1);
  if (!next) throw new Error('Seed: the year plan is empty');
  const later = ksgPlan[ksgPlan.indexOf(next) + 1] ?? next;
  const lastHeld = ksgPlan.filter((m) => m.date < today).at(-1);
  const mailDay = (daysBeforeNext: number): string => `${addDays(next.date, -daysBeforeNext)}T10:15`;

  const taekPlan: PlannedMeeting[] = [
    { key: 'taek-1', date: nthWeekday(year, 2, TUESDAY, 3) },
    { key: 'taek-2', date: nthWeekday(year, 5, TUESDAY, 3) },
    { key: 'taek-3', date: nthWeekday(year, 11, TUESDAY, 1) },
  ];
  const taekMeetings = yearOfMeetings(taekPlan, today, { start: '13:00', minutes: 90, form: 'video' });

  return {
    tenant: TENANT,
    people,
    forums: [
      {
        ...KSG_REF,
        displayName: 'Klyngestyregruppen for Fjordklyngen',
        shortName: 'KSG',
        kind: 'steering-group',
        mailNickname: 'klyngestyregruppen-fjord',
        description:
          'Tværsektoriel klyngestyregruppe for Fjordhospitalet, Psykiatrien i Region Fjord, Fjordby, Skovlund, Bakkedal og Engholm Kommuner og almen praksis.',
        sharedMailbox: {
          id: '5d2e7c90-1a3b-4c5d-8e9f-000000000101',
          displayName: 'Klyngesekretariatet – KSG',
          mail: 'ksg-sekretariat@regionfjord.example',
        },
        members: steeringGroupMembers,
        meetings: ksgMeetings,
        mailbox: steeringGroupMails(next.key, later.key, mailDay),
        agendas: { [next.key]: nextMeetingAgenda, ...(lastHeld ? { [lastHeld.key]: heldMeetingAgenda } : {}) },
        settings: steeringGroupSettings,
        ...followUpSeed(ksgPlan, today, next.date),
      },
      {
        ...TAEK_REF,
        displayName: 'Temagruppen for ældre og kronisk syge',
        shortName: 'TÆK',
        kind: 'theme-group',
        mailNickname: 'temagruppe-aeldre-fjord',
        description: 'Temagruppe under klyngestyregruppen om ældre medicinske patienter og borgere med kronisk sygdom.',
        sharedMailbox: {
          id: '5d2e7c90-1a3b-4c5d-8e9f-000000000102',
          displayName: 'Klyngesekretariatet – Temagruppen',
          mail: 'taek-sekretariat@regionfjord.example',
        },
        members: themeGroupMembers,
        // A site nobody ran `sekretariat provision` on: every member can edit its lists, the app checks for itself,
        // and the secretariat's home says what the site lacks.
        sitePermissions: 'inherited',
        meetings: taekMeetings,
        mailbox: [],
        agendas: {},
        settings: themeGroupSettings,
      },
    ],
    // `sekretariat run --sandbox-app`: the unattended run's app registration, granted both forums.
    applications: [automationApplication([KSG_REF.groupId, TAEK_REF.groupId])],
  };
}

/** The seed for a sandbox started now. */
export const seed: Seed = buildSeed(new Date());
