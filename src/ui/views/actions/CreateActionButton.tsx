import { Button } from '@fluentui/react-components';
import { TaskListAdd20Regular } from '@fluentui/react-icons/svg/task-list-add';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, Forum, Meeting } from '../../../domain/types';
import { lazyPart, useOpensLazily } from '../../components/lazy-view';
import { viewCode } from '../../components/preloadable';
import { restoreFocusTarget } from '../../components/restore-focus';

export interface CreateActionProps {
  readonly forum: Forum;
  /** The meeting the decision was made at (or the one a consultation's outcome went to). */
  readonly meetingId: string;
  readonly agendaItemId?: string;
  readonly consultationRef?: string;
  /** The Beslutning text or the consultation's outcome: the action's text to start from. */
  readonly suggestedTitle: string;
  /** The forum's meetings, for the meeting choice and the default due date (the next meeting's day). */
  readonly meetings?: readonly Meeting[];
  readonly onCreated?: (action: ActionItem) => void;
}

/** The text to start from: the first paragraph of the decision, without a leading "at ". */
export function suggestedActionTitle(text: string): string {
  const first = text.split(/\n\s*\n/)[0] ?? '';
  return first.replace(/\s+/g, ' ').trim().slice(0, 255);
}

// The dialog (Fluent's Dialog, its form controls and the owner combobox) loads when it is opened: the section that
// shows this button is in the secretariat's first view (issue 17 pt 1).
const dialogCode = viewCode(['actions'], () => import('./CreateActionDialog.js').then((m) => m.CreateActionDialog));
const CreateActionDialog = lazyPart(dialogCode);

/** "Opret opfølgning" under a Beslutning or a consultation's outcome; opens the dialog (a new correlation id each time). */
export function CreateActionButton(props: CreateActionProps) {
  const { t } = useTranslation('actions');
  const [open, setOpen] = useState(false);
  const dialog = useOpensLazily(dialogCode);
  const label = suggestedActionTitle(props.suggestedTitle);
  return (
    <>
      <Button
        appearance="subtle"
        size="small"
        icon={<TaskListAdd20Regular />}
        // The dialog has no DialogTrigger (it is not there until opened): closing it gives focus back to this button.
        {...restoreFocusTarget}
        {...dialog.trigger(() => setOpen(true))}
        {...(label ? { 'aria-label': t('create.buttonFor', { title: label.slice(0, 80) }) } : {})}
      >
        {t('create.button')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <CreateActionDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
