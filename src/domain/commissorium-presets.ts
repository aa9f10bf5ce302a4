import { PRESETS, type Commissorium, type PresetId } from './commissorium';

/** The reference commissoriums' calendar and deadlines, which the sundhedsråd year shares where it does not differ. */
const base = PRESETS['horsens-2024'];

/**
 * Every preset the settings offer ("Start fra skabelon"): the two reference commissoriums and a sundhedsråd year
 * (issue 20 pt 5). Apart from commissorium.ts, which every first paint loads to read a forum's settings: the presets
 * load with the settings and the CLI.
 */

export type CommissoriumPresetId = PresetId | 'sundhedsraad-2027';

export const COMMISSORIUM_PRESETS: Readonly<Record<CommissoriumPresetId, Commissorium>> = {
  ...PRESETS,
  /**
   * A sundhedsråd (from 2027, L 214): a political body that meets like the regions' committees — six ordinary
   * meetings a year of two and a half hours, hybrid so members from every municipality can take part, decisions
   * only with more than half of the members present. Agendas go out eight days before (the regions' rule of thumb).
   */
  'sundhedsraad-2027': {
    ...base,
    name: 'Sundhedsråd 2027',
    startTime: '14:00',
    series: [{ kind: 'ordinary', perYear: 6, durationMinutes: 150, form: 'hybrid' }],
    weekdays: [...base.weekdays],
    planning: { daysBefore: 21, durationMinutes: 60, startTime: '09:00' },
    deadlines: { ...base.deadlines, submissionsCloseDaysBefore: 28, agendaSentDaysBefore: 8 },
    schoolHolidayWeeks: [...base.schoolHolidayWeeks],
    minDaysBetweenMeetings: 35,
    quorum: { rule: 'more-than-half' },
  },
};

export function isCommissoriumPresetId(value: string): value is CommissoriumPresetId {
  return Object.hasOwn(COMMISSORIUM_PRESETS, value);
}
