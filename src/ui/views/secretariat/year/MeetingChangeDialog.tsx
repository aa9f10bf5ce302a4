import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS } from '../../../../domain/commissorium';
import { copenhagenIsoWithOffset, utcToCopenhagenLocal } from '../../../../domain/copenhagen-time';
import type { Meeting } from '../../../../domain/types';
import { blockedReason } from '../../../../domain/year-plan';
import { MeetingChangedError } from '../../../../store/agenda/agenda-api';
import type { ForumHome } from '../../../../store/home-data';
import { useCommandContext } from '../../../commands/command-context';
import { DialogStatus } from '../../../components/DialogStatus';
import { useAction } from '../../../components/use-action';
import { errorKey } from '../../../errors/describe-error';
import { planningMeetingFor } from '../../../model/meetings';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export interface MeetingChange {
  readonly kind: 'move' | 'cancel';
  readonly meeting: Meeting;
}

/** Move a booked meeting to another day/time, or cancel it with a message — the planning meeting and deadlines follow. */
export function MeetingChangeDialog({ home, change, onClose }: { home: ForumHome; change: MeetingChange; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation('year');
  const ctx = useCommandContext();
  const { meeting } = change;
  const local = utcToCopenhagenLocal(new Date(meeting.start));
  const [date, setDate] = useState(local.slice(0, 10));
  const [time, setTime] = useState(local.slice(11, 16));
  const [comment, setComment] = useState(t('cancelDefault'));
  const c = home.forum.settings ?? PRESETS['horsens-2024'];
  const store = ctx.services.stores.forum(home.forum).year;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
  const blocked = valid ? blockedReason(date, c) : undefined;

  const submit = useAction(
    async () => {
      const planning = planningMeetingFor(home.meetings, meeting);
      return change.kind === 'move'
        ? await store.move(meeting, planning, c, copenhagenIsoWithOffset(`${date}T${time}`), home.forum)
        : await store.cancel(meeting, planning, comment, home.forum);
    },
    {
      onSuccess: (result) => {
        const message =
          result.failed.length > 0
            ? t('partly', { count: result.failed.length })
            : t(change.kind === 'move' ? 'moved' : 'cancelled', { title: meeting.title });
        ctx.services.host.notify(message, result.failed.length > 0 ? 'error' : 'success');
        ctx.reload();
        onClose();
      },
      failure: (e) => {
        // Someone other than the secretariat changed it: it is not moved until the secretariat has confirmed it.
        if (e instanceof MeetingChangedError) return t('meetingChangedBy', { title: e.title, by: e.by || '?' });
        // A colleague moved or cancelled it first (their change holds the item): show the meeting as it is now.
        if (errorKey(e) !== 'conflict') return undefined;
        ctx.reload();
        return t('changedMeanwhile');
      },
    },
  );
  const { busy, error } = submit;

  const move = change.kind === 'move';
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(move ? 'moveTitle' : 'cancelTitle', { title: meeting.title })}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{t(move ? 'moveHint' : 'cancelHint')}</p>
            {move ? (
              <>
                <Field
                  label={t('moveDate')}
                  validationState={!valid ? 'error' : blocked ? 'warning' : 'none'}
                  validationMessage={!valid ? t('invalidDate') : blocked ? t('blockedDay', { reason: t(`blocked.${blocked}`) }) : undefined}
                >
                  <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} />
                </Field>
                <Field label={t('moveTime')}>
                  <Input type="time" value={time} onChange={(_e, d) => setTime(d.value)} />
                </Field>
              </>
            ) : (
              <Field label={t('cancelComment')}>
                <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
              </Field>
            )}
            <DialogStatus busy={busy} {...(error ? { error } : {})} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || (move && !valid)} onClick={() => void submit.run()}>
              {t(move ? 'moveConfirm' : 'cancelConfirm')}
            </Button>
            <Button onClick={onClose}>{t('command.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
