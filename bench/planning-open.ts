import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import { createGraph } from '../src/graph/client';
import type { GraphPage } from '../src/graph/graph-types';
import { HomeStore } from '../src/store/home-store';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../src/store/list-item';
import { createPlanningStore } from '../src/store/planning/planning-store';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';
import { nextMeeting } from '../src/ui/model/meetings';

interface Trips {
  readonly roundTrips: number;
  readonly requests: number;
  readonly ms: number;
}

export interface PlanningOpenTrips {
  /** The app: the view opens on the next meeting the home already knows — one `$batch`. */
  readonly app: Trips;
  /** The store asked without a meeting (it finds the next one first). */
  readonly appWithoutHint: Trips;
  /** Naive: the meetings, then the meeting's agenda, the submissions, and each submission on its own, one GET after another. */
  readonly naive: Trips;
  readonly incoming: number;
  readonly agendaItems: number;
}

const CHAIR = 'jonas.vestergaard@regionfjord.example';

/** Opens Planlægning for the steering group against a fresh seeded sandbox: the app's way and the naive way. */
export async function measurePlanningOpen(): Promise<PlanningOpenTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-planning-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const graph = createGraph({ tokens: new SandboxTokenProvider(sandbox.url, CHAIR), scopes: GRAPH_SCOPES, baseUrl: sandbox.graphUrl });
    const home = await new HomeStore(graph, SANDBOX_FORUMS).load();
    const forumHome = home.forums.find((f) => f.forum.shortName === 'KSG');
    if (!forumHome) throw new Error('bench: the chair sees no steering group');
    const now = new Date();
    const store = createPlanningStore(graph, forumHome.forum);
    const next = nextMeeting(forumHome.meetings, now)?.id;
    await store.load({ ...(next ? { meetingId: next } : {}), now }); // warm up; adds nothing on the seeded agenda

    const measure = async (run: () => Promise<unknown>): Promise<Trips> => {
      graph.stats.reset();
      const started = performance.now();
      await run();
      return {
        roundTrips: graph.stats.roundTrips,
        requests: graph.stats.requests,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
    };
    let incoming = 0;
    let agendaItems = 0;
    const app = await measure(async () => {
      const data = await store.load({ ...(next ? { meetingId: next } : {}), now });
      incoming = data.incoming.length + data.backlog.length;
      agendaItems = data.agenda.length;
    });
    const appWithoutHint = await measure(() => store.load({ now }));

    const ref = forumHome.forum;
    const naive = await measure(async () => {
      const since = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
      const meetings = await graph.all<GraphListItem>(
        listItemsUrl(ref.siteId, 'Meetings', { filter: `fields/Start ge ${odataString(since)}` }),
      );
      const first = meetings.find((m) => m.id === next) ?? meetings[0];
      if (first?.id)
        await graph.all<GraphListItem>(listItemsUrl(ref.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(first.id)}` }));
      for (const status of ['new', 'deferred', 'accepted']) {
        const page = await graph.get<GraphPage<GraphListItem>>(
          listItemsUrl(ref.siteId, 'Submissions', { filter: `fields/Status eq ${odataString(status)}` }),
        );
        for (const s of page.value) if (s.id) await graph.get(`${listItemUrl(ref.siteId, 'Submissions', s.id)}?expand=fields`);
      }
    });
    return { app, appWithoutHint, naive, incoming, agendaItems };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
