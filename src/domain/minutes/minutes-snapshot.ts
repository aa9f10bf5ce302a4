import * as z from 'zod/mini';
import { STANDING_KEYS, type StandingKey } from '../standing-items';
import { ORGANISATION_ORDER } from '../agenda-document';
import type { OrganisationKind } from '../types';
import { FORUM_KINDS, ITEM_ABSENCE_REASONS, QUORUM_RULES } from '../vocabulary/forum';
import { MEETING_FORMS } from '../vocabulary/meeting';
import {
  ITEM_ABSENCE_NOTE_MAX,
  MINUTES_PRESENCES,
  type MinutesAttendee,
  type MinutesContent,
  type MinutesItem,
  type MinutesPresence,
} from './minutes-content';

/**
 * A frozen version's SnapshotJson, read back. The list item is shared state anyone in the forum's site can write, so
 * the JSON is untrusted: it is parsed leniently where that loses nothing that matters (unknown keys ignored, optional
 * fields of the wrong type dropped, an unknown presence read as 'absent'), strictly where it would (the items, their
 * ids and texts must be there), and within caps — an oversized or malformed snapshot is refused with a reason, never
 * half shown. The caller compares the hash of what was read with the version's ContentHash.
 */

const MAX_JSON = 2_000_000;
const MAX_TEXT = 100_000;
const MAX_ITEMS = 300;
const MAX_PEOPLE = 1_000;

const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const optionalText = (max = 1_000) => z.optional(z.catch(z.optional(text(max)), undefined));

const ItemSchema = z.object({
  agendaItemId: text(200).check(z.minLength(1)),
  number: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  title: text(2_000),
  presenter: optionalText(),
  // Missing texts read as empty; texts of the wrong type or too long refuse the snapshot (nothing silently lost).
  recommendations: z.optional(z.array(text(10_000)).check(z.maxLength(100))),
  referat: z.optional(text()),
  beslutning: z.optional(text()),
  standingKey: optionalText(60),
  consultationRef: optionalText(100),
  description: z.optional(text()),
  slot: z.optional(z.catch(z.optional(z.object({ start: text(40), end: text(40) })), undefined)),
  bilag: z.optional(z.array(z.object({ label: text(1_000), url: optionalText(2_000) })).check(z.maxLength(200))),
});

const AttendeeSchema = z.object({
  email: text(320),
  name: z.catch(text(500), ''),
  organisation: z.catch(text(500), ''),
  jobTitle: optionalText(500),
  presence: z.catch(z.string(), 'absent'),
  substituteFor: optionalText(320),
  chair: z.optional(z.catch(z.optional(z.boolean()), undefined)),
  organisationKind: optionalText(40),
  // Who stepped out of which item: an entry that is not one is dropped (the list is what the minutes print).
  notIn: z.optional(
    z.catch(
      z.optional(
        z
          .array(
            z.object({
              agendaItemId: text(200).check(z.minLength(1)),
              reason: z.enum(ITEM_ABSENCE_REASONS),
              note: optionalText(ITEM_ABSENCE_NOTE_MAX),
            }),
          )
          .check(z.maxLength(MAX_ITEMS)),
      ),
      undefined,
    ),
  ),
});

const QuorumSchema = z.object({
  rule: z.enum(QUORUM_RULES),
  count: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(200))),
  voters: z.array(text(320)).check(z.maxLength(MAX_PEOPLE)),
  forumKind: z.catch(z.enum(FORUM_KINDS), 'steering-group'),
});

const ContentSchema = z.object({
  meetingId: text(200).check(z.minLength(1)),
  forumName: z.catch(text(500), ''),
  forumShortName: z.catch(text(50), ''),
  meetingTitle: z.catch(text(500), ''),
  start: text(40),
  end: text(40),
  form: z.catch(z.enum(MEETING_FORMS), 'physical'),
  location: optionalText(500),
  attendance: z.catch(z.array(AttendeeSchema).check(z.maxLength(MAX_PEOPLE)), []),
  items: z.array(ItemSchema).check(z.maxLength(MAX_ITEMS)),
  meetingLeaders: z.optional(z.array(text(500)).check(z.maxLength(50))),
  referents: z.optional(z.array(text(500)).check(z.maxLength(50))),
  quorum: z.optional(QuorumSchema),
});

export type SnapshotProblem = 'empty' | 'too-large' | 'not-json' | 'invalid';

export type SnapshotResult =
  | { readonly ok: true; readonly content: MinutesContent }
  | { readonly ok: false; readonly problem: SnapshotProblem; readonly detail?: string };

const presenceOf = (value: string): MinutesPresence => MINUTES_PRESENCES.find((p) => p === value) ?? 'absent';
const standingOf = (value: string | undefined): StandingKey | undefined => STANDING_KEYS.find((k) => k === value);
const kindOf = (value: string | undefined): OrganisationKind | undefined => ORGANISATION_ORDER.find((k) => k === value);

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The MinutesContent in a version's SnapshotJson, or why it cannot be shown. */
export function parseMinutesSnapshot(json: string | undefined | null): SnapshotResult {
  if (!json || json.trim() === '') return { ok: false, problem: 'empty' };
  if (json.length > MAX_JSON) return { ok: false, problem: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = ContentSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problem: 'invalid',
      detail: parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .slice(0, 3)
        .join('; '),
    };
  const c = parsed.data;
  const attendance = c.attendance.map((a): MinutesAttendee =>
    defined({
      email: a.email.trim().toLowerCase(),
      name: a.name,
      organisation: a.organisation,
      jobTitle: a.jobTitle,
      presence: presenceOf(a.presence),
      substituteFor: a.substituteFor,
      chair: a.chair,
      organisationKind: kindOf(a.organisationKind),
      notIn:
        a.notIn && a.notIn.length > 0
          ? a.notIn.map((n) => defined({ agendaItemId: n.agendaItemId, reason: n.reason, note: n.note }))
          : undefined,
    }),
  );
  const items = c.items.map((i): MinutesItem =>
    defined({
      agendaItemId: i.agendaItemId,
      number: i.number,
      title: i.title,
      presenter: i.presenter,
      recommendations: i.recommendations ?? [],
      referat: i.referat ?? '',
      beslutning: i.beslutning ?? '',
      standingKey: standingOf(i.standingKey),
      consultationRef: i.consultationRef,
      description: i.description,
      slot: i.slot,
      bilag: i.bilag?.map((b) => defined({ label: b.label, url: b.url })),
    }),
  );
  const content: MinutesContent = defined({
    meetingId: c.meetingId,
    forumName: c.forumName,
    forumShortName: c.forumShortName,
    meetingTitle: c.meetingTitle,
    start: c.start,
    end: c.end,
    form: c.form,
    location: c.location,
    attendance,
    items,
    meetingLeaders: c.meetingLeaders,
    referents: c.referents,
    quorum: c.quorum
      ? defined({ rule: c.quorum.rule, count: c.quorum.count, voters: c.quorum.voters, forumKind: c.quorum.forumKind })
      : undefined,
  });
  return { ok: true, content };
}
