import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommissoriumSchema, PRESETS } from '../../../../src/domain/commissorium';
import { ROLES } from '../../../../src/domain/vocabulary/forum';
import { MEETING_FORMS, MEETING_KINDS, MEETING_STATUSES } from '../../../../src/domain/vocabulary/meeting';
import { MEETING_DA } from '../../../../src/domain/vocabulary/meeting-labels';
import { ANSWER_CHANNELS } from '../../../../src/domain/vocabulary/minutes';
import { listDef, LISTS, type ListName } from '../../../../src/store/schema';
import * as z from 'zod/mini';
import { typeCheckFiles, type TypeCheckResult } from '../../../support/type-check';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const VOCABULARY = join(ROOT, 'src/domain/vocabulary');

/**
 * `tsc` over copies of the meetings' sets (vocabulary/meeting.ts, changed by `edit`) and their Danish labels
 * (meeting-labels.ts), in a tiny project of its own inside the repository (outside tsconfig.json's include), so it runs in
 * seconds.
 */
function typeCheck(edit: (vocabulary: string) => string): Promise<TypeCheckResult> {
  return typeCheckFiles(
    '.vocabulary-',
    {
      'meeting.ts': edit(readFileSync(join(VOCABULARY, 'meeting.ts'), 'utf8')),
      'meeting-labels.ts': readFileSync(join(VOCABULARY, 'meeting-labels.ts'), 'utf8'),
    },
    { module: 'preserve' },
  );
}

const choicesOf = (list: ListName, column: string): readonly string[] | undefined =>
  listDef(list).columns.find((c) => c.name === column)?.choices;

describe('each closed set is spelled out once (domain/vocabulary/)', () => {
  it('compiles as it is', async () => {
    expect(await typeCheck((v) => v)).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('fails to compile when a value is added to a set and the Danish label table has no word for it', async () => {
    const result = await typeCheck((v) =>
      v.replace(
        "export const MEETING_FORMS = ['physical', 'video', 'hybrid'] as const;",
        "export const MEETING_FORMS = ['physical', 'video', 'hybrid', 'walking'] as const;",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/meeting-labels\.ts\(\d+,\d+\): error TS2741: Property 'walking' is missing in type/);
  }, 60_000);

  it('fails to compile when a value is taken out of a set that a label still names', async () => {
    const result = await typeCheck((v) => v.replace("'agenda-sent', ", ''));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /meeting-labels\.ts\(\d+,\d+\): error TS2353: Object literal may only specify known properties, and ''agenda-sent'' does not exist/,
    );
  }, 60_000);

  it('gives the lists their choices from the sets, with the values older versions wrote unchanged', () => {
    expect(choicesOf('Meetings', 'Status')).toBe(MEETING_STATUSES);
    expect(choicesOf('Meetings', 'Kind')).toBe(MEETING_KINDS);
    expect(choicesOf('Meetings', 'Form')).toBe(MEETING_FORMS);
    expect(choicesOf('Members', 'Role')).toBe(ROLES);
    expect(choicesOf('Approvals', 'Channel')).toBe(ANSWER_CHANNELS);
    expect(choicesOf('SignOffs', 'Channel')).toBe(ANSWER_CHANNELS);
    // The persisted values, as every earlier version wrote them: a label may change, a value never.
    const persisted = Object.fromEntries(
      LISTS.flatMap((l) => l.columns.filter((c) => c.choices).map((c) => [`${l.name}.${c.name}`, [...(c.choices ?? [])]])),
    );
    expect(persisted).toEqual({
      'Forum.Kind': ['steering-group', 'theme-group', 'working-group', 'health-council'],
      'Members.OrganisationKind': ['hospital', 'psychiatry', 'municipality', 'general-practice', 'patient', 'region', 'other'],
      'Members.Role': ['member', 'chair', 'secretariat', 'observer'],
      'Meetings.Kind': ['ordinary', 'extraordinary', 'planning', 'video'],
      'Meetings.Form': ['physical', 'video', 'hybrid'],
      'Meetings.Status': ['planned', 'booked', 'agenda-sent', 'held', 'minutes-approved', 'cancelled'],
      'Meetings.CallForItems': ['pending', 'scheduled', 'sending', 'sent'],
      'AgendaItems.Source': ['submission', 'consultation'],
      'AgendaItems.Access': ['open', 'closed'],
      'AgendaItems.ClosedReason': ['personal-data', 'business-secrets', 'internal-deliberation', 'negotiations', 'confidentiality'],
      'Submissions.Status': ['new', 'accepted', 'deferred', 'declined'],
      'Submissions.Source': ['mail', 'outlook', 'form'],
      'Submissions.Receipt': ['pending', 'sending', 'sent', 'off'],
      'MinutesVersions.Status': ['awaiting-approval', 'approved', 'superseded'],
      'Approvals.Decision': ['approved', 'changes-requested'],
      'Approvals.Channel': ['teams', 'browser', 'outlook'],
      'Actions.Status': ['open', 'done'],
      'ActionMarks.Status': ['open', 'done'],
      'Consultations.Status': ['draft', 'open', 'closed', 'awaiting-sign-off'],
      'ConsultationReplies.Verdict': ['approve', 'no-comments', 'comments', 'objection', 'unknown'],
      'SignOffs.Decision': ['approved'],
      'SignOffs.Channel': ['teams', 'browser', 'outlook'],
    });
  });

  it('reads every meeting form in the commissorium, and nothing else', () => {
    const series = PRESETS['horsens-2024'].series[0];
    if (!series) throw new Error('The preset has a series');
    for (const form of MEETING_FORMS)
      expect(z.safeParse(CommissoriumSchema, { ...PRESETS['horsens-2024'], series: [{ ...series, form }] }).success).toBe(true);
    expect(z.safeParse(CommissoriumSchema, { ...PRESETS['horsens-2024'], series: [{ ...series, form: 'walking' }] }).success).toBe(false);
  });

  it("has one wording per value: the reference minutes' for a hybrid meeting", () => {
    expect(MEETING_DA.form).toEqual({
      physical: 'Fysisk møde',
      video: 'Videomøde (Microsoft Teams)',
      hybrid: 'Fysisk møde med mulighed for virtuel deltagelse',
    });
  });
});
