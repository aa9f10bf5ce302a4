import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CommissoriumSchema, type Commissorium } from '../../domain/commissorium';
import { COMMISSORIUM_PRESETS, isCommissoriumPresetId } from '../../domain/commissorium-presets';
import { dateText } from '../../domain/date-format';
import { DEADLINE_DA, planYear, type YearPlan } from '../../domain/year-plan';
import { MEETING_DA } from '../../domain/vocabulary/meeting-labels';
import type { CliCommand } from '../cli-command';
import { EXIT, parseOptions, UsageError } from '../cli-command';

const KIND_DA = MEETING_DA.kind;

function commissoriumFrom(preset: string | undefined, config: string | undefined, cwd: string): Commissorium {
  if (preset && config) throw new UsageError('Brug enten --preset eller --config / use either --preset or --config');
  if (config) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(cwd, config), 'utf8'));
    } catch (error) {
      throw new Error(`Kan ikke læse ${config} / cannot read it: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = CommissoriumSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(rod)'}: ${i.message}`);
      throw new Error(`${config} er ikke et gyldigt kommissorium / not a valid commissorium:\n  ${issues.join('\n  ')}`);
    }
    return parsed.data;
  }
  const id = preset ?? 'horsens-2024';
  if (!isCommissoriumPresetId(id))
    throw new UsageError(`Ukendt preset / unknown preset "${id}" (kendte / known: ${Object.keys(COMMISSORIUM_PRESETS).join(', ')})`);
  return COMMISSORIUM_PRESETS[id];
}

function asJson(plan: YearPlan, commissorium: Commissorium): string {
  return JSON.stringify(
    {
      year: plan.year,
      commissorium: commissorium.name,
      meetings: plan.meetings.map((m) => ({
        kind: m.kind,
        start: m.start,
        end: m.end,
        meetingRef: m.meetingRef,
        form: m.form,
        ...(m.prepares ? { prepares: m.prepares } : {}),
      })),
      deadlines: plan.deadlines,
      unplaced: plan.unplaced,
    },
    null,
    2,
  );
}

function asText(plan: YearPlan, commissorium: Commissorium): string {
  const day = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', weekday: 'short', day: 'numeric', month: 'short' });
  const clock = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
  const lines = [`Årsplan ${plan.year} – ${commissorium.name}`, ''];
  for (const m of plan.meetings) {
    const start = new Date(m.start);
    lines.push(
      `  ${day.format(start).padEnd(16)} kl. ${clock.format(start)}–${clock.format(new Date(m.end))}  ${KIND_DA[m.kind] ?? m.kind} (${m.meetingRef})`,
    );
  }
  lines.push('', 'Frister:');
  for (const d of plan.deadlines) lines.push(`  ${dateText(d.date).padEnd(18)} ${DEADLINE_DA[d.kind] ?? d.kind} (${d.meetingRef})`);
  if (plan.unplaced.length > 0) lines.push('', `Kunne ikke placeres / not placed: ${plan.unplaced.join(', ')}`);
  return lines.join('\n');
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Foreslå årets møder efter kommissoriet · Propose the year of meetings from the commissorium',
  usage: '[--year YYYY] [--preset horsens-2024|horsens-2023|sundhedsraad-2027 | --config FILE] [--json]',
  run(args, io) {
    const options = parseOptions(args, {
      year: { type: 'string' },
      preset: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean' },
    });
    const year = options.year === undefined ? new Date().getFullYear() + 1 : Number(options.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new UsageError(`--year skal være et årstal / must be a year: ${options.year ?? ''}`);
    const commissorium = commissoriumFrom(options.preset, options.config, io.cwd);
    const plan = planYear(year, commissorium);
    io.out(options.json ? asJson(plan, commissorium) : asText(plan, commissorium));
    return Promise.resolve(plan.unplaced.length === 0 ? EXIT.ok : EXIT.failed);
  },
};
