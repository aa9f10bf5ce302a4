import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import { minutesHash, type MinutesContent } from '../src/domain/minutes/minutes-content';
import { createGraph } from '../src/graph/client';
import type { Graph, GraphPage } from '../src/graph/graph-types';
import { HomeStore } from '../src/store/home-store';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../src/store/list-item';
import { createApprovalViewStore } from '../src/store/minutes/approval-view-store';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

interface Trips {
  readonly roundTrips: number;
  readonly requests: number;
  readonly ms: number;
}

export interface ApprovalViewTrips {
  /** The app: two `$batch` rounds (the version and its answers; the meeting's versions, approvals and meeting). */
  readonly app: Trips;
  /** Naive: the version, the meeting, the versions list then each version, the approvals list then each record, the members — one GET after another. */
  readonly naive: Trips;
  readonly versions: number;
  /** The chairs' answers to the earlier versions (read to pick each chair's diff base). */
  readonly earlierAnswers: number;
  readonly changedItems: number;
}

const SECRETARY = 'katrine.holm@regionfjord.example';
const CHAIRS = ['jonas.vestergaard@regionfjord.example', 'yrsa.thomsen@regionfjord.example', 'lene.damgaard@fjordby.example'];
const sha256 = async (b: Uint8Array) => webcrypto.subtle.digest('SHA-256', new Uint8Array(b));

function content(meetingId: string, n: number): MinutesContent {
  const items = Array.from({ length: 12 }, (_, i) => ({
    agendaItemId: `b${i + 1}`,
    number: i + 1,
    title: `Punkt ${i + 1}`,
    recommendations: ['at klyngestyregruppen godkender'],
    referat: `Styregruppen drøftede punkt ${i + 1} grundigt. `.repeat(8),
    beslutning: i === 2 ? `Godkendt i version ${n}.` : 'Godkendt.',
  }));
  return {
    meetingId,
    forumName: 'Klyngestyregruppen for Fjordklyngen',
    forumShortName: 'KSG',
    meetingTitle: 'Møde',
    start: '2027-03-04T08:00:00Z',
    end: '2027-03-04T10:00:00Z',
    form: 'hybrid',
    attendance: [],
    items,
  };
}

const graphAs = (url: string, graphUrl: string, user: string): Graph =>
  createGraph({ tokens: new SandboxTokenProvider(url, user), scopes: GRAPH_SCOPES, baseUrl: graphUrl });

/** Opens the approval view of a third version (two earlier ones answered by three chairs): the app's way and the naive way. */
export async function measureApprovalView(): Promise<ApprovalViewTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-approval-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const secretary = graphAs(sandbox.url, sandbox.graphUrl, SECRETARY);
    const ref = SANDBOX_FORUMS[0];
    if (!ref) throw new Error('bench: no forum');
    const meetings = await secretary.get<GraphPage<GraphListItem>>(listItemsUrl(ref.siteId, 'Meetings'));
    const meetingId = meetings.value[0]?.id;
    if (!meetingId) throw new Error('bench: no meeting');
    const versionIds: string[] = [];
    for (const n of [1, 2, 3]) {
      const c = content(meetingId, n);
      const created = await secretary.post<GraphListItem>(listItemsCollectionUrl(ref.siteId, 'MinutesVersions'), {
        fields: {
          Title: `v${n}`,
          MeetingId: meetingId,
          Version: n,
          VersionKey: `${meetingId}:${n}`,
          ContentHash: await minutesHash(c, sha256),
          Status: n === 3 ? 'awaiting-approval' : 'superseded',
          SnapshotJson: JSON.stringify(c),
        },
      });
      versionIds.push(created.id ?? '');
    }
    for (const chair of CHAIRS) {
      const g = graphAs(sandbox.url, sandbox.graphUrl, chair);
      for (const [i, id] of versionIds.slice(0, 2).entries()) {
        const c = content(meetingId, i + 1);
        await g.post(listItemsCollectionUrl(ref.siteId, 'Approvals'), {
          fields: {
            Title: 'x',
            MinutesVersionId: id,
            MeetingId: meetingId,
            ContentHash: await minutesHash(c, sha256),
            Decision: 'changes-requested',
            Comment: 'Ret punkt 3.',
            Channel: 'teams',
          },
        });
      }
    }
    const chairGraph = graphAs(sandbox.url, sandbox.graphUrl, CHAIRS[0] ?? '');
    const home = await new HomeStore(chairGraph, SANDBOX_FORUMS).load();
    const forum = home.forums.find((f) => f.forum.groupId === ref.groupId)?.forum;
    if (!forum) throw new Error('bench: the chair sees no forum');
    const target = versionIds[2] ?? '';
    const store = createApprovalViewStore(chairGraph);
    await store.load(forum, target, home.me); // warm up (token, connections)

    const measure = async (run: () => Promise<unknown>): Promise<Trips> => {
      chairGraph.stats.reset();
      const started = performance.now();
      await run();
      return {
        roundTrips: chairGraph.stats.roundTrips,
        requests: chairGraph.stats.requests,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
    };
    let versions = 0;
    let changedItems = 0;
    const app = await measure(async () => {
      const data = await store.load(forum, target, home.me);
      versions = data.versions.length;
      changedItems = data.base?.diff.items.filter((i) => i.change !== 'unchanged').length ?? 0;
    });
    const naive = await measure(async () => {
      const version = await chairGraph.get<GraphListItem>(`${listItemUrl(ref.siteId, 'MinutesVersions', target)}?expand=fields`);
      const mid = String((version.fields as Record<string, unknown> | undefined)?.MeetingId ?? '');
      await chairGraph.get(`${listItemUrl(ref.siteId, 'Meetings', mid)}?expand=fields`);
      const list = await chairGraph.get<GraphPage<GraphListItem>>(
        `${listItemsCollectionUrl(ref.siteId, 'MinutesVersions')}?$filter=${encodeURIComponent(`fields/MeetingId eq ${odataString(mid)}`)}`,
      );
      for (const v of list.value) if (v.id) await chairGraph.get(`${listItemUrl(ref.siteId, 'MinutesVersions', v.id)}?expand=fields`);
      const records = await chairGraph.get<GraphPage<GraphListItem>>(
        `${listItemsCollectionUrl(ref.siteId, 'Approvals')}?$filter=${encodeURIComponent(`fields/MeetingId eq ${odataString(mid)}`)}`,
      );
      for (const r of records.value) if (r.id) await chairGraph.get(`${listItemUrl(ref.siteId, 'Approvals', r.id)}?expand=fields`);
      await chairGraph.all(listItemsUrl(ref.siteId, 'Members'));
    });
    return { app, naive, versions, earlierAnswers: CHAIRS.length * 2, changedItems };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
