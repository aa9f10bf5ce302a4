import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import type { Commissorium } from '../src/domain/commissorium';
import { draftFromPlan, type DraftMeeting } from '../src/domain/plan-draft';
import type { Forum } from '../src/domain/types';
import { DEADLINE_DA, deadlinesFor, planYear } from '../src/domain/year-plan';
import { createGraph } from '../src/graph/client';
import type { Graph } from '../src/graph/graph-types';
import { correlationIdFor } from '../src/store/booking';
import { deadlineEventBody, meetingEventBody, transactionIdFor } from '../src/store/calendar-event';
import { ForumStore } from '../src/store/forum-stores';
import { listItemsCollectionUrl } from '../src/store/list-item';
import { MeetingYearStore } from '../src/store/meeting-year-store';
import { invitationFor } from '../src/domain/meeting-invitation';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

export interface BookingTrips {
  readonly meetings: number;
  readonly events: number;
  /** The app: `$batch`es with transactionIds, items and calls for items in the second round. */
  readonly app: { readonly roundTrips: number; readonly sequentialRounds: number; readonly requests: number; readonly ms: number };
  /** Naive baseline in the same run: one POST per event, then one POST per list item, one after another. */
  readonly naive: { readonly roundTrips: number; readonly sequentialRounds: number; readonly requests: number; readonly ms: number };
}

const SECRETARIAT = 'katrine.holm@regionfjord.example';

/** Counts bursts of concurrent requests: sequential round trips as a person waits for them. */
function watchedFetch(): { fetch: typeof fetch; rounds: () => number; reset: () => void } {
  let inFlight = 0;
  let rounds = 0;
  return {
    fetch: async (input, init) => {
      if (inFlight === 0) rounds += 1;
      inFlight += 1;
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    },
    rounds: () => rounds,
    reset: () => {
      rounds = 0;
    },
  };
}

async function naiveBooking(graph: Graph, forum: Forum, c: Commissorium, drafts: readonly DraftMeeting[]): Promise<void> {
  for (const m of drafts) {
    const invitation = invitationFor({ forum, kind: m.kind, title: m.title, form: m.form, start: m.start, end: m.end });
    const event = await graph.post<{ id: string }>(
      m.kind === 'planning' ? `/users/${SECRETARIAT}/events` : `/groups/${forum.groupId}/events`,
      meetingEventBody({ invitation, start: m.start, end: m.end, transactionId: transactionIdFor(forum, `naive:${m.meetingRef}`) }),
    );
    if (m.kind !== 'planning') {
      for (const d of deadlinesFor(m.meetingRef, m.start.slice(0, 10), c)) {
        await graph.post(
          `/users/${SECRETARIAT}/events`,
          deadlineEventBody(`${DEADLINE_DA[d.kind]} – ${m.title}`, d.date, transactionIdFor(forum, `naive:${m.meetingRef}:${d.kind}`)),
        );
      }
    }
    await graph.post(listItemsCollectionUrl(forum.siteId, 'Meetings'), {
      fields: {
        Title: m.title,
        Kind: m.kind,
        Start: new Date(m.start).toISOString(),
        End: new Date(m.end).toISOString(),
        Status: 'booked',
        EventId: event.id,
        CorrelationId: `naive:${correlationIdFor(forum, m.meetingRef)}`,
      },
    });
  }
}

/** Books a year of the seeded steering group's meetings the app's way and the naive way, against a fresh sandbox. */
export async function measureBookingRoundTrips(): Promise<BookingTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-booking-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const wire = watchedFetch();
    const graph = createGraph({
      tokens: new SandboxTokenProvider(sandbox.url, SECRETARIAT),
      scopes: GRAPH_SCOPES,
      baseUrl: sandbox.graphUrl,
      fetchImpl: wire.fetch,
    });
    const ref = SANDBOX_FORUMS[0];
    if (!ref) throw new Error('bench: no sandbox forum');
    const forum = await new ForumStore(graph).load(ref);
    const c = forum.settings;
    if (!c) throw new Error('bench: the seeded forum has no settings');
    const me = { id: '', name: 'Katrine Holm', email: SECRETARIAT };
    const year = new Date().getUTCFullYear() + 3;
    const drafts = draftFromPlan(planYear(year, c), []);
    const events = drafts.length + drafts.filter((d) => d.kind !== 'planning').length * 5;

    graph.stats.reset();
    wire.reset();
    let started = performance.now();
    const result = await new MeetingYearStore(graph, ref).book({ forum, commissorium: c, organiser: me, meetings: drafts });
    if (!result.ok) throw new Error('bench: booking failed');
    const app = {
      roundTrips: graph.stats.roundTrips,
      sequentialRounds: wire.rounds(),
      requests: graph.stats.requests,
      ms: Math.round(performance.now() - started),
    };

    graph.stats.reset();
    wire.reset();
    started = performance.now();
    await naiveBooking(graph, forum, c, draftFromPlan(planYear(year + 1, c), []));
    const naive = {
      roundTrips: graph.stats.roundTrips,
      sequentialRounds: wire.rounds(),
      requests: graph.stats.requests,
      ms: Math.round(performance.now() - started),
    };
    return { meetings: drafts.length, events, app, naive };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
