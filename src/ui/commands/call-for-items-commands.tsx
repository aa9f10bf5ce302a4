import { MailArrowUp20Regular } from '@fluentui/react-icons/svg/mail-arrow-up';
import type { TFunction } from 'i18next';
import type { Forum, Locale, Meeting } from '../../domain/types';
import type { CallForItemsReport } from '../../store/call-for-items-store';
import { formatShortDate } from '../format/dates';
import type { Command } from './command';

export interface SendCallsArg {
  readonly forum: Forum;
  /** The meeting the button stands by (its label names it); the store sends every due call of the forum. */
  readonly meeting: Meeting;
  /** For the label's date (a command's label has no context). */
  readonly locale: Locale;
  /** Progress and result for the caller's live region. */
  readonly onStatus?: (text: string) => void;
}

export interface CallNotice {
  readonly message: string;
  readonly intent: 'success' | 'info' | 'error';
}

/** What a run of the sender did, in one sentence per outcome. */
export function callReportNotice(report: CallForItemsReport, t: TFunction, locale: Locale): CallNotice {
  const dates = (list: readonly { start: string }[]): string => list.map((e) => formatShortDate(e.start, locale)).join(', ');
  const parts: string[] = [];
  if (report.sent.length > 0)
    parts.push(
      t('sent', {
        ns: 'callForItems',
        count: report.sent.length,
        meetings: dates(report.sent),
        recipients: report.sent[0]?.recipients ?? 0,
      }),
    );
  const elsewhere = report.skipped.filter((s) => s.reason === 'claimed-elsewhere');
  if (elsewhere.length > 0) parts.push(t('claimedElsewhere', { ns: 'callForItems', meetings: dates(elsewhere) }));
  const other = report.skipped.filter((s) => s.reason !== 'claimed-elsewhere');
  if (other.length > 0) parts.push(t('notSent', { ns: 'callForItems', meetings: dates(other) }));
  if (report.stuck.length > 0) parts.push(t('stuck', { ns: 'callForItems', meetings: dates(report.stuck) }));
  if (report.failed.length > 0) parts.push(t('failed', { ns: 'callForItems', meetings: dates(report.failed) }));
  if (parts.length === 0) parts.push(t('nothing', { ns: 'callForItems' }));
  const intent = report.failed.length > 0 ? 'error' : report.sent.length > 0 ? 'success' : 'info';
  return { message: parts.join(' '), intent };
}

/** "Send indkaldelse nu": sends the forum's due calls for items, once each, and tells how it went. */
export const sendCallsForItemsNow: Command<SendCallsArg> = {
  id: 'callForItems.send',
  label: (t, { meeting, locale }) => t('sendFor', { ns: 'callForItems', meeting: formatShortDate(meeting.start, locale) }),
  icon: <MailArrowUp20Regular />,
  run: async (ctx, { forum, onStatus }) => {
    const sender = ctx.services.stores.callsForItems;
    onStatus?.(ctx.t('sending', { ns: 'callForItems' }));
    let notice: CallNotice;
    try {
      const report = await sender.sendDue(forum, ctx.services.clock?.() ?? new Date());
      notice = callReportNotice(report, ctx.t, ctx.locale);
    } catch {
      notice = { message: ctx.t('error', { ns: 'callForItems' }), intent: 'error' };
    }
    onStatus?.(notice.message);
    ctx.services.host.notify(notice.message, notice.intent);
    if (notice.intent === 'success') ctx.reload();
  },
};
