import { ArrowClockwise20Regular } from '@fluentui/react-icons/svg/arrow-clockwise';
import { CalendarLtr20Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { PersonSwap20Regular } from '@fluentui/react-icons/svg/person-swap';
import { Video20Regular } from '@fluentui/react-icons/svg/video';
import type { ForumRef, Locale, Meeting } from '../../domain/types';
import type { Command } from './command';

export const refreshHome: Command = {
  id: 'home.refresh',
  label: (t) => t('command.refresh'),
  icon: <ArrowClockwise20Regular />,
  run: (ctx) => ctx.reload(),
};

export const openMeeting: Command<{ meeting: Meeting; forum: ForumRef }> = {
  id: 'meeting.open',
  label: (t, { meeting }) => t('command.openMeeting', { title: meeting.title }),
  icon: <CalendarLtr20Regular />,
  run: (ctx, { meeting, forum }) => ctx.showMeeting(meeting, forum),
};

export const joinMeeting: Command<Meeting> = {
  id: 'meeting.join',
  label: (t) => t('command.joinMeeting'),
  icon: <Video20Regular />,
  canRun: (_ctx, meeting) => meeting.joinUrl !== undefined && meeting.status !== 'cancelled',
  run: (ctx, meeting) => ctx.services.host.openDeepLink({ path: meeting.joinUrl ?? '', label: meeting.title }),
};

export const switchLanguage: Command<Locale> = {
  id: 'app.language',
  label: (t, locale) => t('language.switchTo', { language: t(`language.${locale}`) }),
  canRun: (ctx, locale) => ctx.locale !== locale,
  run: (ctx, locale) => ctx.setLocale(locale),
};

export const signOut: Command = {
  id: 'app.signOut',
  label: (t) => t('command.signOut'),
  icon: <PersonSwap20Regular />,
  canRun: (ctx) => ctx.services.signOut !== undefined,
  run: (ctx) => ctx.services.signOut?.(),
};
