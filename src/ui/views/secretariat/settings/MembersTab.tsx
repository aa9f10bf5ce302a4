import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { Edit20Regular } from '@fluentui/react-icons/svg/edit';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictError } from '../../../../store/failures';
import type { MemberInput, MembersApi, StoredMember } from '../../../../store/members-store';
import { useAction } from '../../../components/use-action';
import { useAsync } from '../../../components/use-async';
import { EMPTY_MEMBER, memberToForm } from '../../../model/member-form';
import { useLayoutStyles } from '../../../styles';
import { MemberDialog } from './MemberDialog';
import { useSettingsStyles } from './settings-styles';

type Editing = { readonly mode: 'add' } | { readonly mode: 'edit'; readonly stored: StoredMember };
type Outcome = { readonly intent: 'success' | 'info' | 'error' | 'warning'; readonly text: string; readonly conflict?: boolean };

interface Props {
  readonly repo: MembersApi;
  /** A member was added, changed or removed: the home should reload when the drawer closes. */
  readonly onChanged: () => void;
}

/** "Medlemmer": the Members list as a table; add and edit in a small form, remove after confirmation. */
export function MembersTab({ repo, onChanged }: Props) {
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  const layout = useLayoutStyles();
  const load = useCallback(() => repo.list(), [repo]);
  const [state, reload] = useAsync(load);
  const [editing, setEditing] = useState<Editing>();
  const [removing, setRemoving] = useState<StoredMember>();
  const members = state.status === 'ready' ? state.value : [];
  const unverified = members.filter((m) => m.member.unverified);

  /** A write to the list: busy while it runs, its outcome in the live region, the list reloaded after a success. */
  const write = useAction((work: () => Promise<Outcome>) => work(), {
    success: (told) => told,
    failure: (error) => (error instanceof ConflictError ? t('members.conflict') : t('members.failed')),
    onSuccess: () => {
      onChanged();
      reload();
    },
    onSettled: () => {
      setEditing(undefined);
      setRemoving(undefined);
    },
  });
  const { busy } = write;
  const conflict = write.cause instanceof ConflictError;
  const outcome: Outcome | undefined =
    write.error !== undefined ? { intent: conflict ? 'warning' : 'error', text: write.error, conflict } : write.status;
  const rowWrite = write.run;

  const save = (input: MemberInput) => {
    if (!editing) return Promise.resolve(false);
    return rowWrite(async () => {
      if (editing.mode === 'add') {
        const { member, created } = await repo.add(input);
        return created
          ? { intent: 'success', text: t('members.added', { name: member.member.name }) }
          : { intent: 'info', text: t('members.alreadyListed', { email: input.email }) };
      }
      // A row someone else wrote becomes the secretariat's with the corrected values (confirm), never stays theirs.
      const updated = editing.stored.member.unverified
        ? await repo.confirm(editing.stored, input)
        : await repo.update(editing.stored.member.id, editing.stored.etag, input);
      return { intent: 'success', text: t('members.updated', { name: updated.member.name }) };
    });
  };

  const confirm = (target: StoredMember) =>
    rowWrite(async () => ({
      intent: 'success',
      text: t('members.confirmed', { name: (await repo.confirm(target)).member.name }),
    }));

  const remove = (target: StoredMember) =>
    rowWrite(async () => {
      await repo.remove(target.member.id, target.etag);
      return { intent: 'success', text: t('members.removed', { name: target.member.name }) };
    });

  const none = t('members.none');
  return (
    <div className={styles.body}>
      <div role="status" aria-live="polite" className={outcome ? undefined : layout.visuallyHidden}>
        {outcome ? (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
            {outcome.conflict ? (
              <MessageBarActions>
                <Button
                  onClick={() => {
                    write.announce(undefined);
                    reload();
                  }}
                >
                  {t('reload')}
                </Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
      </div>
      {unverified.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('members.someUnverified', { count: unverified.length })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          icon={<Add20Regular />}
          appearance="primary"
          onClick={() => setEditing({ mode: 'add' })}
          disabled={state.status !== 'ready'}
        >
          {t('members.add')}
        </Button>
      </div>
      {state.status === 'loading' ? <Spinner size="small" label={t('members.loading')} /> : null}
      {state.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('members.loadFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{t('members.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && members.length === 0 ? <Text>{t('members.empty')}</Text> : null}
      {members.length > 0 ? (
        // Wide on a narrow task pane: the table scrolls sideways; the region is focusable for keyboard scrolling.
        <div className={styles.tableScroll} role="region" aria-label={t('members.caption')} tabIndex={0}>
          <Table className={styles.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('members.name')}</TableHeaderCell>
                <TableHeaderCell>{t('members.organisation')}</TableHeaderCell>
                <TableHeaderCell>{t('members.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('members.jobTitle')}</TableHeaderCell>
                <TableHeaderCell>{t('members.email')}</TableHeaderCell>
                <TableHeaderCell>{t('members.role')}</TableHeaderCell>
                <TableHeaderCell>{t('members.substitute')}</TableHeaderCell>
                <TableHeaderCell>{t('members.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((s) => (
                <TableRow key={s.member.id}>
                  <TableCell>{s.member.name}</TableCell>
                  <TableCell>{s.member.organisation || none}</TableCell>
                  <TableCell>{t(`members.kinds.${s.member.organisationKind}`)}</TableCell>
                  <TableCell>{s.member.jobTitle || none}</TableCell>
                  <TableCell>{s.member.email || none}</TableCell>
                  <TableCell>
                    {t(`members.roles.${s.member.unverified?.listedRole ?? s.member.role}`)}
                    {s.member.unverified ? (
                      <Text
                        block
                        size={200}
                        className={styles.warning}
                        title={t('members.unverified', { by: s.member.unverified.by || '?' })}
                      >
                        {t('members.unverifiedShort', { by: s.member.unverified.by || '?' })}
                      </Text>
                    ) : null}
                  </TableCell>
                  <TableCell>{s.member.substituteEmail ?? none}</TableCell>
                  <TableCell>
                    {s.member.unverified ? (
                      <Button
                        icon={<CheckmarkCircle20Regular />}
                        appearance="subtle"
                        disabled={busy}
                        aria-label={t('members.confirm', { name: s.member.name })}
                        title={t('members.unverified', { by: s.member.unverified.by || '?' })}
                        onClick={() => void confirm(s)}
                      >
                        {t('members.confirmLabel')}
                      </Button>
                    ) : null}
                    <Button
                      icon={<Edit20Regular />}
                      appearance="subtle"
                      aria-label={t('members.edit', { name: s.member.name })}
                      title={t('members.edit', { name: s.member.name })}
                      onClick={() => setEditing({ mode: 'edit', stored: s })}
                    />
                    <Button
                      icon={<Delete20Regular />}
                      appearance="subtle"
                      aria-label={t('members.remove', { name: s.member.name })}
                      title={t('members.remove', { name: s.member.name })}
                      onClick={() => setRemoving(s)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {editing ? (
        <MemberDialog
          editing={editing.mode === 'edit' ? editing.stored.member.name : undefined}
          initial={editing.mode === 'edit' ? memberToForm(editing.stored.member) : EMPTY_MEMBER}
          otherEmails={members.filter((m) => editing.mode === 'add' || m.member.id !== editing.stored.member.id).map((m) => m.member.email)}
          busy={busy}
          onSave={(input) => void save(input)}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      <Dialog open={removing !== undefined} onOpenChange={(_e, d) => (!d.open ? setRemoving(undefined) : undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{removing ? t('members.removeTitle', { name: removing.member.name }) : ''}</DialogTitle>
            <DialogContent>{removing ? t('members.removeBody', { name: removing.member.name }) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => (removing ? void remove(removing) : undefined)}>
                {t('members.removeConfirm')}
              </Button>
              <Button onClick={() => setRemoving(undefined)}>{t('members.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
