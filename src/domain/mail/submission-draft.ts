import type { ParsedMail } from './mail-types';

/**
 * The fields of an agenda item as the Outlook forms hold them while the person edits: text as typed, checked and
 * turned into values on submit. Pure.
 */
export interface SubmissionDraft {
  readonly title: string;
  /** One recommendation per line. */
  readonly recommendations: string;
  readonly description: string;
  readonly presenter: string;
  /** Minutes, as typed ("" when not given). */
  readonly duration: string;
}

export type DraftField = keyof SubmissionDraft;
export type DraftProblem = 'required' | 'tooLong' | 'duration';
export type DraftProblems = Partial<Record<DraftField, DraftProblem>>;

export const TITLE_MAX = 200;
export const DURATION_MAX = 240;

export const EMPTY_DRAFT: SubmissionDraft = { title: '', recommendations: '', description: '', presenter: '', duration: '' };

/** The draft the read command starts from: what the parser found, the subject when it found no title. */
export function draftFromParsed(parsed: ParsedMail, subject: string): SubmissionDraft {
  return {
    title: (parsed.title ?? subject).trim().slice(0, TITLE_MAX),
    recommendations: parsed.recommendations.join('\n'),
    description: parsed.description ?? '',
    presenter: parsed.presenter ?? '',
    duration: parsed.durationMinutes !== null ? String(parsed.durationMinutes) : '',
  };
}

/** The recommendations, one per non-empty line, without list marks ("-", "•", "*", "1.", "a)"). */
export function recommendationLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-–•*]|\d{1,2}[.)]|[a-zæøå][.)](?=\s))\s*/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** Whole minutes from 1 to DURATION_MAX; "" is no duration; anything else is undefined-with-a-problem. */
export function parseDuration(text: string): { readonly ok: true; readonly minutes?: number } | { readonly ok: false } {
  const t = text.trim().replace(/\s*min(?:utter|utes|\.)?$/i, '');
  if (t === '') return { ok: true };
  if (!/^\d{1,3}$/.test(t)) return { ok: false };
  const minutes = Number(t);
  return minutes >= 1 && minutes <= DURATION_MAX ? { ok: true, minutes } : { ok: false };
}

/**
 * What stops a draft from being submitted. Both forms need a title and a sensible duration; a member writing an
 * item (`complete`) also gives at least one recommendation and the case description, which a secretary adding a
 * loosely written mail may leave for later.
 */
export function draftProblems(draft: SubmissionDraft, options: { readonly complete: boolean }): DraftProblems {
  const problems: DraftProblems = {};
  const title = draft.title.trim();
  if (title === '') problems.title = 'required';
  else if (title.length > TITLE_MAX) problems.title = 'tooLong';
  if (!parseDuration(draft.duration).ok) problems.duration = 'duration';
  if (options.complete) {
    if (recommendationLines(draft.recommendations).length === 0) problems.recommendations = 'required';
    if (draft.description.trim() === '') problems.description = 'required';
  }
  return problems;
}

/** The draft as values (after `draftProblems` found none). */
export function draftValues(draft: SubmissionDraft): {
  title: string;
  recommendations: string[];
  description: string;
  presenter?: string;
  durationMinutes?: number;
} {
  const duration = parseDuration(draft.duration);
  const presenter = draft.presenter.trim();
  return {
    title: draft.title.replace(/\s+/g, ' ').trim(),
    recommendations: recommendationLines(draft.recommendations),
    description: draft.description.trim(),
    ...(presenter ? { presenter } : {}),
    ...(duration.ok && duration.minutes !== undefined ? { durationMinutes: duration.minutes } : {}),
  };
}
