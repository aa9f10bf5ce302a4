import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import type { ForumRef, Locale, Meeting } from '../../domain/types';
import type { MeetingSection } from '../parts';
import type { AppServices } from '../services';

/** What a command may use: the services, the translator, and the app-level actions the shell provides. */
export interface CommandContext {
  readonly services: AppServices;
  readonly t: TFunction;
  readonly locale: Locale;
  reload(): void;
  setLocale(locale: Locale): void;
  /** Opens the meeting dialog, scrolled to and focused on `section` when given (a to-do's link). */
  showMeeting(meeting: Meeting, forum: ForumRef, section?: MeetingSection): void;
}

/**
 * A user action as an object (STYLE §5): the Teams tab, the Outlook task pane and the browser render the
 * same commands through `CommandButton`.
 */
export interface Command<A = void> {
  readonly id: string;
  label(t: TFunction, arg: A): string;
  readonly icon?: ReactElement;
  canRun?(ctx: CommandContext, arg: A): boolean;
  run(ctx: CommandContext, arg: A): void | Promise<void>;
}
