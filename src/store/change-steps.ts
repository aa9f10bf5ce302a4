import type { Event } from '@microsoft/microsoft-graph-types';
import { batchResults, toBatchResult, type BatchResult } from '../graph/batch-results';
import { isFailedDependency, isNotFound } from '../graph/errors';
import type { Graph, GraphRequest } from '../graph/graph-types';
import type { FieldBag, GraphListItem } from './list-item';

/**
 * A meeting change as one `$batch` of steps, none of which the pipeline sends again after Graph may have acted: a lost
 * answer is settled by looking (`inPlace`), and a step Graph skipped (424) because a step it depends on lost its
 * answer is sent once more when looking found that step done. Nothing is sent twice on a guess; a repeat of our own
 * PATCH is never met as someone else's 412.
 */
export interface ChangeStep {
  readonly request: GraphRequest;
  /**
   * Whether the step's effect is in place, by looking — for a step whose answer was lost. Absent: sending it again is
   * harmless (a deadline entry's new date, a held message's deletion), so a lost one is sent again with the skipped.
   */
  readonly inPlace?: () => Promise<boolean>;
}

const ok = (r: BatchResult | undefined): boolean => r?.ok === true;

/** Removals met with 404: done before (a repeat, or someone else's). */
const removal = (r: GraphRequest): boolean => r.method === 'DELETE' || r.url.endsWith('/cancel');

/** A step found done (by looking, or a removal of what is gone): a success with nothing to read. */
const done = (id: string): BatchResult => ({ ok: true, id, value: undefined, created: false });

async function settle(steps: readonly ChangeStep[], results: readonly BatchResult[]): Promise<BatchResult[]> {
  return Promise.all(
    results.map(async (result) => {
      const step = steps.find((s) => s.request.id === result.id);
      if (!step || result.ok) return result;
      if (isNotFound(result.error) && removal(step.request)) return done(result.id);
      if (result.error.uncertain && step.inPlace && (await step.inPlace())) return done(result.id);
      return result;
    }),
  );
}

function wire(step: ChangeStep, sentWith?: ReadonlySet<string>): GraphRequest {
  const dependsOn = (step.request.dependsOn ?? []).filter((id) => !sentWith || sentWith.has(id));
  const { id, method, url, headers, body } = step.request;
  return {
    id,
    method,
    url,
    ...(headers ? { headers } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    repeatable: false,
  };
}

/** Runs the steps (given in dependency order); returns one result per step, settled. */
export async function runChangeSteps(graph: Graph, steps: readonly ChangeStep[]): Promise<BatchResult[]> {
  const first = await settle(
    steps,
    await batchResults(
      graph,
      steps.map((s) => wire(s)),
    ),
  );
  const answer = new Map(first.map((r) => [r.id, r]));
  const again: ChangeStep[] = [];
  const goingAgain = new Set<string>();
  for (const step of steps) {
    const r = answer.get(step.request.id);
    if (!r || r.ok) continue;
    const neverDone = isFailedDependency(r.error) || (r.error.uncertain && !step.inPlace);
    const ready = (step.request.dependsOn ?? []).every((id) => ok(answer.get(id)) || goingAgain.has(id));
    if (neverDone && ready) {
      again.push(step);
      goingAgain.add(step.request.id);
    }
  }
  if (again.length === 0) return first;
  const second = await settle(
    again,
    await batchResults(
      graph,
      again.map((s) => wire(s, goingAgain)),
    ),
  );
  for (const r of second) answer.set(r.id, r);
  return steps.map(
    (s) =>
      answer.get(s.request.id) ??
      first.find((r) => r.id === s.request.id) ??
      toBatchResult({ id: s.request.id, status: 502, headers: {}, body: undefined }),
  );
}

const sameValue = (stored: unknown, written: unknown): boolean => {
  if (typeof stored === 'string' && typeof written === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(written))
    return Date.parse(stored) === Date.parse(written);
  return String(stored ?? '') === String(written ?? '');
};

/** Whether the list item (its `/fields` URL) holds every value written. */
export function itemHolds(graph: Graph, fieldsUrl: string, written: FieldBag): () => Promise<boolean> {
  return async () => {
    const item = await graph.get<GraphListItem>(fieldsUrl.replace(/\/fields$/, '?expand=fields'));
    return Object.entries(written).every(([name, value]) => sameValue(item.fields?.[name], value));
  };
}

export interface EventTimes {
  readonly start: number;
  readonly end: number;
  readonly etag?: string;
}

/** An event's start and end (ms), eTag, subject, HTML body and Teams link, as a move looks at them. */
export interface EventLook extends EventTimes {
  readonly subject: string;
  readonly body: string;
  readonly joinUrl?: string;
}

/** The event as it stands (one GET: the body read with the eTag a PATCH then names); undefined when it is gone. */
export async function eventLook(
  graph: Graph,
  path: string,
  select = 'start,end,subject,body,onlineMeeting',
): Promise<EventLook | undefined> {
  try {
    const event = await graph.get<Event & { '@odata.etag'?: string }>(`${path}?$select=${select}`, {
      headers: { Prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' },
    });
    const ms = (t: Event['start']): number =>
      Date.parse(`${t?.dateTime ?? ''}${t?.timeZone === 'UTC' && !/Z$/.test(t.dateTime ?? '') ? 'Z' : ''}`);
    const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
    return {
      start: ms(event.start),
      end: ms(event.end),
      ...(event['@odata.etag'] ? { etag: event['@odata.etag'] } : {}),
      subject: event.subject ?? '',
      body: event.body?.content ?? '',
      ...(joinUrl ? { joinUrl } : {}),
    };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Whether the event stands at the given times (and, given one, under the subject). */
export function eventAt(graph: Graph, path: string, start: string, end: string, subject?: string): () => Promise<boolean> {
  return async () => {
    const now = await eventLook(graph, path, subject === undefined ? 'start,end' : 'start,end,subject');
    return (
      now !== undefined &&
      now.start === Date.parse(start) &&
      now.end === Date.parse(end) &&
      (subject === undefined || now.subject === subject)
    );
  };
}
