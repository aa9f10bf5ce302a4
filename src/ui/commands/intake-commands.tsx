import { MailInboxArrowDown20Regular } from '@fluentui/react-icons/svg/mail-inbox-arrow-down';
import type { TFunction } from 'i18next';
import type { Forum } from '../../domain/types';
import type { IntakeReport } from '../../store/intake/sync-submissions';
import type { Command } from './command';

export interface FetchItemsArg {
  readonly forum: Forum;
  /** Progress and result for the caller's live region. */
  readonly onStatus?: (text: string) => void;
}

export interface IntakeNotice {
  readonly message: string;
  readonly intent: 'success' | 'info' | 'error';
}

/** "3 nye punkter, 1 opfølgning, 2 automatiske svar sprunget over." — what a sync did, in one sentence. */
export function intakeNotice(report: IntakeReport, t: TFunction): IntakeNotice {
  const parts: string[] = [];
  if (report.created > 0) parts.push(t('created', { ns: 'intake', count: report.created }));
  if (report.foundInJunk > 0) parts.push(t('foundInJunk', { ns: 'intake', count: report.foundInJunk }));
  if (report.followUps > 0) parts.push(t('followUps', { ns: 'intake', count: report.followUps }));
  if (report.consultationReplies > 0) parts.push(t('consultationReplies', { ns: 'intake', count: report.consultationReplies }));
  if (report.autoReplies > 0) parts.push(t('autoReplies', { ns: 'intake', count: report.autoReplies }));
  if (report.failed.length > 0) parts.push(t('failed', { ns: 'intake', count: report.failed.length }));
  if (parts.length === 0) return { message: t('nothing', { ns: 'intake' }), intent: 'info' };
  const intent =
    report.failed.length > 0 ? 'error' : report.created + report.followUps + report.consultationReplies > 0 ? 'success' : 'info';
  return { message: `${parts.join(', ')}.`, intent };
}

/** "Hent nye punkter": reads the forum mailbox's new mail into submissions now, and tells what came in. */
export const fetchNewItems: Command<FetchItemsArg> = {
  id: 'intake.fetch',
  label: (t, { forum }) => t('fetchFrom', { ns: 'intake', mailbox: forum.mailbox }),
  icon: <MailInboxArrowDown20Regular />,
  canRun: (ctx, { forum }) => forum.mailbox !== '',
  run: async (ctx, { forum, onStatus }) => {
    const intake = ctx.services.stores.intake;
    onStatus?.(ctx.t('fetching', { ns: 'intake' }));
    let notice: IntakeNotice;
    try {
      notice = intakeNotice(await intake.sync(forum), ctx.t);
    } catch {
      notice = { message: ctx.t('error', { ns: 'intake' }), intent: 'error' };
    }
    onStatus?.(notice.message);
    if (notice.intent === 'error') ctx.services.host.notify(notice.message, 'error');
    // New submissions show in the to-do list; the Forum item (the delta link) has a new eTag as well.
    if (notice.intent === 'success') ctx.reload();
  },
};
