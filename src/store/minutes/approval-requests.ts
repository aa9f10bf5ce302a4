import type { Message } from '@microsoft/microsoft-graph-types';
import { forumApprovalStatus } from '../../domain/approval';
import { chairsOf, writtenByOwners } from '../../domain/forum-trust';
import { reminderDue } from '../../domain/minutes/approval-deadline';
import { approvalLinks } from '../../domain/minutes/approval-link';
import {
  approvalPreviewText,
  approvalReminderMail,
  approvalRequestMail,
  buildMinutesDocument,
  minutesFileBase,
  minutesMeetingLabel,
} from '../../domain/minutes/minutes-document';
import type { ApprovalRequestRecord, Forum, ForumMember } from '../../domain/types';
import { APPROVAL_REQUEST_CHANNELS } from '../../domain/vocabulary/minutes';
import type { Graph } from '../../graph/graph-types';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendOnce, type OnceMail } from '../mail/send-once';
import { claimOn, claimSlot, letGo, releaseClaim, takeClaim } from '../claims-store';
import { ApprovalStore, MinutesStore } from '../forum-stores';
import { isRecord, jsonArray } from '../mappers/json-note';
import type { MinutesAppLinks, ReminderResult, RequestApprovalsResult } from './minutes-versions-api';
import {
  chainIdOf,
  loadVersion,
  MAX_ATTACHED_PDF_BYTES,
  notify,
  pdfAttachment,
  versionPdfBytes,
  type LoadedVersion,
} from './minutes-shared';

/**
 * Asking the co-chairs to approve a version, exactly once each however often it is retried. The version is first
 * claimed (its Claim column: an owned claim, src/store/claims-store.ts — of two people sending at once, one asks); then each
 * chair not yet asked is sent a Teams activity (`approvalRequested`, a stable chainId so a re-sent one replaces the
 * first) or — outside the tenant or without the app — one mail from the forum mailbox with the PDF and the web link,
 * created as a draft with a correlation id that every attempt looks up first (a failed attempt's or a dead one's
 * mail is found, not sent again); then the outcomes are written to the Requests note as the claim is released.
 */

interface RawRequest {
  readonly email: string;
  readonly channel: string;
  readonly at: string;
  readonly reason?: string;
}

const FINAL = new Set<string>(APPROVAL_REQUEST_CHANNELS);

function rawRequests(text: unknown): RawRequest[] {
  return jsonArray(typeof text === 'string' ? text : '').flatMap((v) =>
    isRecord(v) && typeof v.email === 'string' && typeof v.channel === 'string'
      ? [
          {
            email: v.email.toLowerCase(),
            channel: v.channel,
            at: typeof v.at === 'string' ? v.at : '',
            ...(typeof v.reason === 'string' ? { reason: v.reason } : {}),
          },
        ]
      : [],
  );
}

const key = (email: string): string => email.trim().toLowerCase();

interface Delivery {
  readonly chair: ForumMember;
  readonly record: ApprovalRequestRecord;
}

type Kind = 'request' | 'changed' | 'reminder';

/** Activity to each chair who can get one; one mail (once, by correlation) to each who cannot. */
async function deliver(
  graph: Graph,
  forum: Forum,
  loaded: LoadedVersion,
  links: MinutesAppLinks,
  chairs: readonly ForumMember[],
  kind: Kind,
  at: string,
): Promise<Delivery[]> {
  const { version, content } = loaded;
  const link = approvalLinks(links, { groupId: forum.groupId, versionId: version.id });
  const label = minutesMeetingLabel(content);
  const activityType = kind === 'reminder' ? 'approvalReminder' : 'approvalRequested';
  const notified = await Promise.all(
    chairs.map(async (chair) => ({
      chair,
      outcome: await notify(graph, key(chair.email), {
        activityType,
        topic: `Referat ${label} (version ${version.version})`,
        webUrl: link.teams,
        preview: approvalPreviewText(content, version.version, kind),
        meeting: label,
        chainId: chainIdOf(`${activityType}:${version.id}:${key(chair.email)}`),
      }),
    })),
  );
  const byMail = notified.filter((n) => !n.outcome.ok);
  const delivered: Delivery[] = notified
    .filter((n) => n.outcome.ok)
    .map((n) => ({ chair: n.chair, record: { email: key(n.chair.email), channel: 'activity', at } }));
  if (byMail.length === 0) return delivered;

  if (!forum.mailbox.trim()) {
    return [
      ...delivered,
      ...byMail.map((n) => ({
        chair: n.chair,
        record: {
          email: key(n.chair.email),
          channel: 'failed' as const,
          at,
          reason: `${n.outcome.ok ? '' : n.outcome.reason}; no-mailbox`,
        },
      })),
    ];
  }
  const doc = buildMinutesDocument(content, { kind: 'draft', version: version.version });
  const pdfName = `${minutesFileBase(content, version.version)}.pdf`;
  let pdf: Uint8Array | undefined;
  if (kind !== 'reminder') pdf = await versionPdfBytes(graph, forum, content, pdfName);
  const attach = pdf !== undefined && pdf.length > 0 && pdf.length <= MAX_ATTACHED_PDF_BYTES;
  const mails: OnceMail[] = byMail.map((n) => {
    const mail =
      kind === 'reminder'
        ? approvalReminderMail(doc, {
            version: version.version,
            link: link.web,
            ...(version.approvalDeadline ? { deadline: version.approvalDeadline } : {}),
          })
        : approvalRequestMail(doc, {
            version: version.version,
            link: link.web,
            changed: kind === 'changed',
            ...(attach ? { pdfName } : version.pdfUrl ? { pdfUrl: version.pdfUrl } : {}),
            ...(version.approvalDeadline ? { deadline: version.approvalDeadline } : {}),
          });
    const message: Message = {
      subject: mail.subject,
      body: { contentType: 'html', content: String(mail.html) },
      toRecipients: [{ emailAddress: { address: key(n.chair.email), name: n.chair.name } }],
      replyTo: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }],
      ...(attach && pdf ? { attachments: [pdfAttachment(pdfName, pdf)] } : {}),
    };
    return { correlation: `minutes-${kind === 'reminder' ? 'reminder' : 'request'}:${version.id}:${key(n.chair.email)}`, message };
  });
  // Always looked up first: an earlier attempt (failed, or dead and taken over) may have sent some of them.
  await sendOnce(graph, forum.mailbox, mails, {
    resume: true,
    kind: kind === 'reminder' ? ONCE_MAIL.approvalReminder : ONCE_MAIL.approvalRequest,
  });
  return [
    ...delivered,
    ...byMail.map((n) => ({
      chair: n.chair,
      record: { email: key(n.chair.email), channel: 'mail' as const, at, ...(n.outcome.ok ? {} : { reason: n.outcome.reason }) },
    })),
  ];
}

export async function requestApprovals(
  graph: Graph,
  forum: Forum,
  versionId: string,
  links: MinutesAppLinks,
  now: () => Date,
  changed: boolean | undefined,
): Promise<RequestApprovalsResult> {
  const loaded = await loadVersion(graph, forum, versionId);
  const { version, item } = loaded;
  // A version someone other than the secretariat made or changed is never put before the chairs (nor written to).
  if (version.status !== 'awaiting-approval' || !writtenByOwners(version.stamp, forum.owners, forum.trustedAppIds))
    return { outcome: 'not-awaiting', version, requests: version.requests ?? [], sentNow: 0 };
  // Only outcomes count as asked ('sending' entries an older version wrote as claims are dropped on the next write).
  const finals = rawRequests(item.fields?.Requests).filter((r) => FINAL.has(r.channel));
  const done = new Set(finals.map((r) => r.email));
  const todo = chairsOf(forum).filter((c) => !done.has(key(c.email)));
  if (todo.length === 0) return { outcome: 'sent', version, requests: version.requests ?? [], sentNow: 0 };

  const started = now();
  const slot = claimSlot('approval-request', version.id);
  const taken = await takeClaim(
    graph,
    forum,
    slot,
    { etag: version.etag ?? '', claim: claimOn(item, slot) },
    { step: 'approval-request', now: started },
  );
  if (taken.outcome !== 'taken') return { outcome: 'claimed-elsewhere', version, requests: version.requests ?? [], sentNow: 0 };
  const kind: Kind = (changed ?? version.version > 1) ? 'changed' : 'request';
  try {
    const delivered = await deliver(graph, forum, loaded, links, todo, kind, started.toISOString());
    const records: ApprovalRequestRecord[] = [
      ...finals.map((r) => ({
        email: r.email,
        channel: r.channel as ApprovalRequestRecord['channel'],
        at: r.at,
        ...(r.reason ? { reason: r.reason } : {}),
      })),
      ...delivered.map((d) => d.record),
    ];
    const updated = await releaseClaim(graph, forum, taken.owned, { Requests: JSON.stringify(records) });
    return {
      outcome: 'sent',
      version: { ...version, requests: records, ...(updated.etag ? { etag: updated.etag } : {}) },
      requests: records,
      sentNow: delivered.length,
    };
  } catch (error) {
    // Let go, so a retry starts now rather than after the timeout (it looks up the mails this attempt made).
    await letGo(graph, forum, taken.owned);
    throw error;
  }
}

/**
 * Reminds the chairs who have not answered (their latest authentic answer to this content, read fresh), once each:
 * the version is claimed first (an owned claim), so two runs (the CLI and a button) never both remind; RemindedTo is
 * written as the claim is released. A run that dies after the claim is taken over after the timeout, and its mails
 * are looked up rather than sent again.
 */
export async function remindApprovals(
  graph: Graph,
  forum: Forum,
  versionId: string,
  links: MinutesAppLinks,
  now: Date,
  force: boolean,
): Promise<ReminderResult> {
  const loaded = await loadVersion(graph, forum, versionId);
  const { version } = loaded;
  if (version.status !== 'awaiting-approval' || !writtenByOwners(version.stamp, forum.owners, forum.trustedAppIds))
    return { outcome: 'not-awaiting', reminded: [] };
  if (!force && !reminderDue(version.approvalDeadline, now)) return { outcome: 'not-due', reminded: [] };
  const approvals = await new ApprovalStore(graph, forum).forVersion(version.id);
  const status = forumApprovalStatus(forum, version, approvals);
  const already = new Set((version.remindedTo ?? []).map(key));
  const pending = status.chairs.filter((s) => s.answer === 'pending' && !already.has(key(s.chair.email))).map((s) => s.chair);
  if (pending.length === 0) return { outcome: 'nothing-to-remind', reminded: [] };
  const slot = claimSlot('approval-reminder', version.id);
  const taken = await takeClaim(
    graph,
    forum,
    slot,
    { etag: version.etag ?? '', claim: claimOn(loaded.item, slot) },
    { step: 'approval-reminder', now },
  );
  if (taken.outcome !== 'taken') return { outcome: 'claimed-elsewhere', reminded: [] };
  try {
    const delivered = await deliver(graph, forum, loaded, links, pending, 'reminder', now.toISOString());
    await releaseClaim(graph, forum, taken.owned, {
      RemindedTo: [...already, ...pending.map((c) => key(c.email))].join('\n'),
      RemindedAt: now.toISOString(),
    });
    return { outcome: 'sent', reminded: delivered.map((d) => d.record) };
  } catch (error) {
    await letGo(graph, forum, taken.owned);
    throw error;
  }
}

/** Every version of the forum awaiting approval whose reminder is due: how many chairs were reminded. */
export async function remindDue(graph: Graph, forum: Forum, links: MinutesAppLinks, now: Date): Promise<number> {
  const due = (await new MinutesStore(graph, forum).awaitingApproval()).filter((v) => reminderDue(v.approvalDeadline, now));
  let count = 0;
  for (const v of due) count += (await remindApprovals(graph, forum, v.id, links, now, false)).reminded.length;
  return count;
}
