import { PRESETS, type PresetId } from '../../../../src/domain/commissorium';
import { createTestI18n } from '../../support/test-i18n';
import { memberFromForm, EMPTY_MEMBER } from '../../../../src/ui/model/member-form';
import {
  formatWeeks,
  fromForm,
  parseWeeks,
  previewYear,
  toForm,
  toggleWeekday,
  type SettingsForm,
} from '../../../../src/ui/model/settings-form';

const da = createTestI18n('da');
const settingsT = da.getFixedT('da', 'settings');
const message = (form: SettingsForm, field: string): string | undefined => {
  const r = fromForm(form);
  const e = r.ok ? undefined : r.errors[field];
  return e ? settingsT(`error.${e.key}`, e.values ?? {}) : undefined;
};

describe('the settings form', () => {
  it.each(['horsens-2024', 'horsens-2023'] as PresetId[])('carries the %s preset to the form and back unchanged', (id) => {
    const back = fromForm(toForm(PRESETS[id]));
    expect(back).toEqual({ ok: true, value: PRESETS[id] });
  });

  it('keeps rooms, a forum without a planning meeting and a series start time', () => {
    const c = { ...PRESETS['horsens-2023'], rooms: ['Mødelokale 1', 'Kantinen'], planning: undefined };
    const { planning: _dropped, ...withoutPlanning } = c;
    const form = toForm(withoutPlanning);
    expect(form.planningOn).toBe(false);
    expect(form.series[1]?.startTime).toBe('08:00');
    expect(form.schoolHolidayWeeks).toBe('7, 8, 27–32, 42');
    expect(fromForm(form)).toEqual({ ok: true, value: withoutPlanning });
  });

  it('reads typed values: week ranges, times without a leading zero', () => {
    const form = { ...toForm(PRESETS['horsens-2024']), schoolHolidayWeeks: '42, 7-8 ,27–29', startTime: '9.30' };
    const r = fromForm(form);
    expect(r.ok && r.value.schoolHolidayWeeks).toEqual([7, 8, 27, 28, 29, 42]);
    expect(r.ok && r.value.startTime).toBe('09:30');
  });

  it.each([
    ['series.0.perYear', { perYear: '0' }, 'Skriv et helt tal fra 1 til 24'],
    ['series.0.perYear', { perYear: 'fire' }, 'Skriv et helt tal fra 1 til 24'],
    ['series.0.perYear', { perYear: '' }, 'Skal udfyldes'],
    ['series.0.durationMinutes', { durationMinutes: '600' }, 'Skriv et helt tal fra 15 til 480'],
    ['series.0.startTime', { startTime: '25:00' }, 'Skriv et klokkeslæt som TT:MM, fx 09:00'],
  ])('says what is wrong with %s', (field, patch, expected) => {
    const base = toForm(PRESETS['horsens-2024']);
    const form = { ...base, series: base.series.map((s) => ({ ...s, ...patch })) };
    expect(message(form, field)).toBe(expected);
  });

  it.each([
    ['weekdays', { weekdays: [] }, 'Vælg mindst én ugedag'],
    ['series', { series: [] }, 'Tilføj mindst én møderække'],
    ['name', { name: '  ' }, 'Skal udfyldes'],
    ['startTime', { startTime: '9' }, 'Skriv et klokkeslæt som TT:MM, fx 09:00'],
    ['rooms.1', { rooms: ['Lokale A', ' '] }, 'Skriv lokalets navn, eller fjern lokalet'],
    ['schoolHolidayWeeks', { schoolHolidayWeeks: '7, 54' }, 'Skriv ugenumre fra 1 til 53 adskilt af komma, fx 7, 8, 27–32, 42'],
    [
      'agendaSentDaysBefore',
      { agendaSentDaysBefore: '21' },
      'Dagsordenen skal udsendes efter fristen for punkter, altså færre dage før mødet',
    ],
    ['chairsApproveDaysAfter', { chairsApproveDaysAfter: '3' }, 'Formandskabet kan tidligst godkende samme dag, som udkastet er klar'],
    ['planningDaysBefore', { planningDaysBefore: '61' }, 'Skriv et helt tal fra 1 til 60'],
    ['minDaysBetweenMeetings', { minDaysBetweenMeetings: '-1' }, 'Skriv et helt tal fra 0 til 120'],
  ])('says what is wrong with %s', (field, patch, expected) => {
    expect(message({ ...toForm(PRESETS['horsens-2024']), ...patch }, field)).toBe(expected);
  });

  it('does not check the planning meeting when the forum holds none', () => {
    const form = { ...toForm(PRESETS['horsens-2024']), planningOn: false, planningDaysBefore: 'x' };
    const r = fromForm(form);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.planning).toBeUndefined();
  });

  it('orders weekdays by when they were ticked', () => {
    expect(toggleWeekday([4, 3], 1, true)).toEqual([4, 3, 1]);
    expect(toggleWeekday([4, 3, 1], 3, false)).toEqual([4, 1]);
  });

  it('formats and parses school-holiday weeks', () => {
    expect(formatWeeks([42, 7, 8, 27, 28, 29, 30, 31, 32])).toBe('7, 8, 27–32, 42');
    expect(parseWeeks('')).toEqual([]);
    expect(parseWeeks('8-7')).toBeUndefined();
  });

  it('previews the meetings the settings give next year', () => {
    expect(previewYear(PRESETS['horsens-2024'], 2027)).toEqual({ meetings: 4, unplaced: 0 });
    expect(previewYear(PRESETS['horsens-2023'], 2027)).toEqual({ meetings: 6, unplaced: 0 });
    const five = fromForm({
      ...toForm(PRESETS['horsens-2024']),
      series: toForm(PRESETS['horsens-2024']).series.map((s) => ({ ...s, perYear: '5' })),
    });
    expect(five.ok && previewYear(five.value, 2027).meetings).toBe(5);
  });
});

describe('the member form', () => {
  const filled = { ...EMPTY_MEMBER, name: 'Nina Ny', email: ' Nina.Ny@Kommune.example ', substituteEmail: '' };

  it('gives a normalised member', () => {
    const r = memberFromForm(filled, []);
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'Nina Ny',
        email: 'nina.ny@kommune.example',
        organisation: '',
        organisationKind: 'municipality',
        jobTitle: '',
        role: 'member',
        external: false,
      },
    });
  });

  it.each([
    ['name', { name: '' }, [], 'Skal udfyldes'],
    ['email', { email: 'nina' }, [], 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk'],
    ['email', {}, ['nina.ny@kommune.example'], 'Der er allerede et medlem med denne e-mailadresse'],
    ['substituteEmail', { substituteEmail: 'NINA.NY@kommune.example' }, [], 'Stedfortræderen skal være en anden person'],
  ])('says what is wrong with %s', (field, patch, others, expected) => {
    const r = memberFromForm({ ...filled, ...patch }, others);
    const e = r.ok ? undefined : r.errors[field];
    expect(e ? settingsT(`error.${e.key}`) : undefined).toBe(expected);
  });

  it('turns receipts for submitted items off and on, and keeps the intake folder stored in the settings', () => {
    const stored = { ...PRESETS['horsens-2024'], intake: { folder: 'AAMkAGI2-items' } };
    const form = toForm(stored);
    expect(form.receipts).toBe(true);
    const off = fromForm({ ...form, receipts: false });
    expect(off.ok && off.value.intake).toEqual({ receipts: false, folder: 'AAMkAGI2-items' });
    const plain = fromForm({ ...toForm(PRESETS['horsens-2024']), receipts: true });
    expect(plain.ok && plain.value.intake).toBeUndefined();
  });

  it('sets how many days back the intake reads a folder the first time: 30 unless changed, 1–365', () => {
    const base = toForm(PRESETS['horsens-2024']);
    expect(base.intakeWindowDays).toBe('30');
    const ninety = fromForm({ ...base, intakeWindowDays: '90' });
    expect(ninety.ok && ninety.value.intake).toEqual({ windowDays: 90 });
    expect(toForm(ninety.ok ? ninety.value : PRESETS['horsens-2024']).intakeWindowDays).toBe('90');
    // The default is not stored: a preset round-trips unchanged.
    const plain = fromForm({ ...base, intakeWindowDays: '30' });
    expect(plain.ok && plain.value.intake).toBeUndefined();
    for (const bad of ['0', '366', 'tredive', '']) {
      const r = fromForm({ ...base, intakeWindowDays: bad });
      expect(r.ok ? undefined : r.errors.intakeWindowDays?.key).toBe(bad === '' ? 'required' : 'integer');
    }
  });

  it('sets how many co-chairs must approve the minutes; empty means all, and a bad number is refused', () => {
    const base = toForm(PRESETS['horsens-2024']);
    expect(base.approvalsRequired).toBe('');
    const two = fromForm({ ...base, approvalsRequired: '2' });
    expect(two.ok && two.value.approval).toEqual({ required: 2 });
    expect(toForm(two.ok ? two.value : PRESETS['horsens-2024']).approvalsRequired).toBe('2');
    const all = fromForm({ ...base, approvalsRequired: '' });
    expect(all.ok && all.value.approval).toBeUndefined();
    const bad = fromForm({ ...base, approvalsRequired: '0' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.approvalsRequired?.key).toBe('integer');
  });
});
