import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxTokenProvider } from '../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../src/auth/token-provider';
import { APP_ID, HOME_TAB_ENTITY_ID } from '../src/config/app-identity';
import { SANDBOX_FORUMS } from '../src/config/app-config';
import { minutesRecipients } from '../src/domain/minutes/minutes-document';
import type { MinutesContent } from '../src/domain/minutes/minutes-content';
import type { Forum, ForumMember } from '../src/domain/types';
import { createGraph } from '../src/graph/client';
import type { Graph } from '../src/graph/graph-types';
import { ForumStore, MeetingStore } from '../src/store/forum-stores';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString } from '../src/store/list-item';
import { meetingFilePath } from '../src/store/meeting-folder';
import { createMinutesVersionsStore } from '../src/store/minutes/minutes-versions-store';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';

interface Trips {
  readonly roundTrips: number;
  readonly requests: number;
  readonly ms: number;
}

export interface MinutesCirculationTrips {
  /** The app: approvals read fresh, claim, final PDF (render, convert, move, upload), one Bcc mail (draft + send), records. */
  readonly app: Trips;
  /** Naive: each chair's answer read on its own, the PDF fetched and re-uploaded, one sendMail per recipient, records. */
  readonly naive: Trips;
  readonly recipients: number;
}

const SECRETARY = 'katrine.holm@regionfjord.example';
const MEMBERS = 30;

const graphAs = (url: string, graphUrl: string, user: string): Graph =>
  createGraph({ tokens: new SandboxTokenProvider(url, user), scopes: GRAPH_SCOPES, baseUrl: graphUrl });

/** Circulates approved minutes of the steering group, grown to 30 members, against a fresh seeded sandbox: the app's way and the naive way. */
export async function measureMinutesCirculation(): Promise<MinutesCirculationTrips> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-minutes-'));
  const sandbox = await startSandbox({ port: 0, dataDir, reset: true, seed, quiet: true });
  try {
    const graph = graphAs(sandbox.url, sandbox.graphUrl, SECRETARY);
    const ref = SANDBOX_FORUMS[0];
    const loaded = await new ForumStore(graph).load(ref);
    const extra: ForumMember[] = Array.from({ length: Math.max(0, MEMBERS - loaded.members.length) }, (_, i) => ({
      id: `bench-${i}`,
      name: `Medlem ${i + 1}`,
      email: `medlem${i + 1}@kommune${i + 1}.example`,
      organisation: `Kommune ${i + 1}`,
      organisationKind: 'municipality',
      jobTitle: 'Direktør',
      role: 'member',
      external: true,
    }));
    // On the Members list itself (written by the secretary): circulation re-reads the forum before it decides.
    for (const m of extra) {
      await graph.post(listItemsCollectionUrl(ref.siteId, 'Members'), {
        fields: {
          Title: m.name,
          Email: m.email,
          Organisation: m.organisation,
          OrganisationKind: m.organisationKind,
          JobTitle: m.jobTitle,
          Role: m.role,
          External: m.external,
        },
      });
    }
    const forum: Forum = await new ForumStore(graph).load(ref);
    const [meeting] = await new MeetingStore(graph, ref).from('2000-01-01T00:00:00Z');
    if (!meeting) throw new Error('bench: the seed has no meeting');
    const content: MinutesContent = {
      meetingId: meeting.id,
      forumName: forum.name,
      forumShortName: forum.shortName,
      meetingTitle: meeting.title,
      start: meeting.start,
      end: meeting.end,
      form: meeting.form,
      attendance: forum.members.map((m) => ({
        email: m.email.toLowerCase(),
        name: m.name,
        organisation: m.organisation,
        presence: 'room' as const,
        ...(m.role === 'chair' ? { chair: true } : {}),
      })),
      items: Array.from({ length: 8 }, (_, i) => ({
        agendaItemId: `i${i}`,
        number: i + 1,
        title: `Punkt ${i + 1}`,
        recommendations: ['at styregruppen drøfter'],
        referat: 'Drøftet.',
        beslutning: 'Godkendt.',
      })),
    };
    const store = createMinutesVersionsStore(graph, { appId: APP_ID, tabEntityId: HOME_TAB_ENTITY_ID, appBaseUrl: 'https://app.example' });
    const { version } = await store.freeze(forum, meeting, content);
    for (const chair of forum.members.filter((m) => m.role === 'chair')) {
      await graphAs(sandbox.url, sandbox.graphUrl, chair.email).post(listItemsCollectionUrl(ref.siteId, 'Approvals'), {
        fields: {
          Title: 'approved',
          MinutesVersionId: version.id,
          MeetingId: meeting.id,
          ContentHash: version.contentHash,
          Decision: 'approved',
          Channel: 'teams',
        },
      });
    }

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
    let recipients = 0;
    const app = await measure(async () => {
      const result = await store.circulate(forum, meeting, version);
      if (result.outcome !== 'circulated') throw new Error(`bench: circulation ${result.outcome}`);
      recipients = result.recipients ?? 0;
    });

    const mailbox = `/users/${encodeURIComponent(forum.mailbox)}`;
    const naive = await measure(async () => {
      // Each chair's answer looked up on its own (one query per chair).
      for (const _chair of forum.members.filter((m) => m.role === 'chair')) {
        await graph.all(
          listItemsUrl(ref.siteId, 'Approvals', {
            filter: `fields/MinutesVersionId eq ${odataString(version.id)} and fields/ContentHash eq ${odataString(version.contentHash)}`,
          }),
        );
      }
      const path = meetingFilePath(
        { start: content.start, title: content.meetingTitle },
        `Referat ${meeting.start.slice(0, 10)} ${forum.shortName} v1 (godkendt).docx`,
      );
      const pdf = await graph
        .getBytes(`/sites/${ref.siteId}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content?format=pdf`)
        .catch(() => new Uint8Array(0));
      await graph.putBytes(`/sites/${ref.siteId}/drive/root:/Naiv/${encodeURIComponent('Referat.pdf')}:/content`, pdf, 'application/pdf');
      const bytes = Buffer.from(pdf).toString('base64');
      for (const address of minutesRecipients(forum, content)) {
        await graph.post(`${mailbox}/sendMail`, {
          message: {
            subject: 'Godkendt referat (naiv)',
            body: { contentType: 'text', content: 'Referatet er vedhæftet.' },
            toRecipients: [{ emailAddress: { address } }],
            attachments: [
              {
                '@odata.type': '#microsoft.graph.fileAttachment',
                name: 'Referat.pdf',
                contentType: 'application/pdf',
                contentBytes: bytes,
              },
            ],
          },
        });
      }
      await graph.patch(`${listItemUrl(ref.siteId, 'MinutesVersions', version.id)}/fields`, { FinalAt: new Date().toISOString() });
      await graph.patch(`${listItemUrl(ref.siteId, 'Meetings', meeting.id)}/fields`, { MinutesCirculatedAt: new Date().toISOString() });
    });
    return { app, naive, recipients };
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measureMinutesCirculation().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
