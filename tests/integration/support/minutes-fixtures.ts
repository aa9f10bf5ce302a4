import { webcrypto } from 'node:crypto';
import { minutesHash, type MinutesContent, type MinutesItem } from '../../../src/domain/minutes/minutes-content';
import { call } from './sandbox';
import type { RunningSandbox } from '../../../src/sandbox/server';

/**
 * Minutes versions and approvals written straight into a forum's lists over HTTP — what the versions slice's freeze
 * writes (SnapshotJson = JSON.stringify(content), ContentHash = minutesHash(content), Version, VersionKey, MeetingId,
 * Status) — so tests of the approval view, circulation and reminders need not go through the editor.
 */

type Sandbox = Pick<RunningSandbox, 'url' | 'graphUrl'>;

export const sha256 = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes));

const listItems = (siteId: string, list: string) => `/sites/${siteId}/lists/${list}/items`;

export const minutesItem = (agendaItemId: string, number: number, title: string, over: Partial<MinutesItem> = {}): MinutesItem => ({
  agendaItemId,
  number,
  title,
  recommendations: ['at styregruppen tager orienteringen til efterretning'],
  referat: 'Styregruppen drøftede sagen.',
  beslutning: 'Taget til efterretning.',
  ...over,
});

/** Minutes of a meeting with three items (item 3: "Økonomi og årshjul"). */
export function sampleMinutes(meetingId: string, over: Partial<MinutesContent> = {}): MinutesContent {
  return {
    meetingId,
    forumName: 'Teststyregruppen',
    forumShortName: 'TSG',
    meetingTitle: 'Styregruppemøde 1',
    start: '2026-03-17T08:00:00Z',
    end: '2026-03-17T10:00:00Z',
    form: 'hybrid',
    location: 'Lokale 1',
    attendance: [
      { email: 'cecilie.chair@testregion.example', name: 'Cecilie Chair', organisation: 'Testhospitalet', presence: 'room', chair: true },
      { email: 'gustav.gaest@testkommune.example', name: 'Gustav Gæst', organisation: 'Test Kommune', presence: 'online' },
      { email: 'pia.patient@privat.example', name: 'Pia Patient', organisation: 'Patientrepræsentant', presence: 'apology' },
    ],
    items: [
      minutesItem('a1', 1, 'Velkomst og godkendelse af dagsorden', { beslutning: 'Dagsordenen blev godkendt.' }),
      minutesItem('a2', 2, 'Fælles testindsats', {
        presenter: 'Gustav Gæst',
        recommendations: ['at styregruppen drøfter', 'at styregruppen beslutter'],
        referat: 'Gustav præsenterede indsatsen. Der var opbakning.',
        beslutning: 'Indsatsen blev godkendt.',
      }),
      minutesItem('a3', 3, 'Økonomi og årshjul', { referat: 'Økonomien er i balance.', beslutning: 'Årshjulet blev godkendt.' }),
    ],
    ...over,
  };
}

export interface CreatedVersion {
  readonly id: string;
  readonly meetingId: string;
  readonly version: number;
  readonly contentHash: string;
}

/** A MinutesVersions item as the freeze writes it (`snapshotJson` overrides the stored JSON, e.g. for hostile input). */
export async function createMinutesVersion(
  sb: Sandbox,
  token: string,
  siteId: string,
  input: {
    readonly content: MinutesContent;
    readonly version: number;
    readonly status?: 'awaiting-approval' | 'approved' | 'superseded';
    readonly snapshotJson?: string;
  },
): Promise<CreatedVersion> {
  const contentHash = await minutesHash(input.content, sha256);
  const res = await call<{ id: string }>(sb, 'POST', listItems(siteId, 'MinutesVersions'), {
    token,
    body: {
      fields: {
        Title: `Referat version ${input.version}`,
        MeetingId: input.content.meetingId,
        Version: input.version,
        VersionKey: `${input.content.meetingId}:${input.version}`,
        ContentHash: contentHash,
        Status: input.status ?? 'awaiting-approval',
        SnapshotJson: input.snapshotJson ?? JSON.stringify(input.content),
      },
    },
  });
  if (res.status !== 201) throw new Error(`create version: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, meetingId: input.content.meetingId, version: input.version, contentHash };
}

/** Marks a version superseded (as the freeze does when it makes the next one). */
export async function setVersionStatus(
  sb: Sandbox,
  token: string,
  siteId: string,
  id: string,
  status: 'awaiting-approval' | 'approved' | 'superseded',
): Promise<void> {
  const res = await call(sb, 'PATCH', `${listItems(siteId, 'MinutesVersions')}/${id}/fields`, { token, body: { Status: status } });
  if (res.status !== 200) throw new Error(`set status: ${res.status}`);
}

/** A raw Approvals record written by whoever holds `token` (for tests of who counts). */
export async function writeApprovalRecord(
  sb: Sandbox,
  token: string,
  siteId: string,
  fields: {
    readonly MinutesVersionId: string;
    readonly MeetingId: string;
    readonly ContentHash: string;
    readonly Decision: 'approved' | 'changes-requested';
    readonly Comment?: string;
  },
): Promise<{ id: string; status: number }> {
  const res = await call<{ id: string }>(sb, 'POST', listItems(siteId, 'Approvals'), {
    token,
    body: { fields: { Title: fields.Decision, Channel: 'browser', ...fields } },
  });
  return { id: res.body.id, status: res.status };
}

/** The id of a seeded meeting, by its title. */
export async function meetingIdByTitle(sb: Sandbox, token: string, siteId: string, title: string): Promise<string> {
  const res = await call<{ value: { id: string; fields: { Title?: string } }[] }>(
    sb,
    'GET',
    `${listItems(siteId, 'Meetings')}?expand=fields&$top=500`,
    { token },
  );
  const found = res.body.value.find((m) => m.fields.Title === title);
  if (!found) throw new Error(`no meeting "${title}"`);
  return found.id;
}
