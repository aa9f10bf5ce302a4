import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronUp20Regular } from '@fluentui/react-icons/svg/chevron-up';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { People20Regular } from '@fluentui/react-icons/svg/people';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_PRESENCES, type MinutesAttendee, type MinutesPresence, type MinutesQuorum } from '../../../domain/minutes/minutes-content';
import { meetingQuorum } from '../../../domain/minutes/participation';
import { Section } from '../../components/Section';
import type { AttendanceAutosave } from './autosave';
import { AddGuestForm } from './AddGuestForm';
import { SaveStatusLine } from './SaveStatusLine';
import { useSnapshot } from './use-autosave';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  // The same column widths in every organisation's table.
  table: { tableLayout: 'fixed', width: '100%' },
  nameColumn: { width: '50%' },
  person: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

/** "12 til stede (3 online) · 3 afbud · 1 fraværende" (online only when someone was): substitutes and guests who came are present. */
function countsOf(rows: readonly MinutesAttendee[]): { present: number; online: number; apology: number; absent: number } {
  const count = (p: MinutesPresence) => rows.filter((r) => r.presence === p).length;
  return {
    present: rows.length - count('apology') - count('absent'),
    online: count('online'),
    apology: count('apology'),
    absent: count('absent'),
  };
}

/** Rows by organisation, in the list's order (the prefill is by organisation kind, chairs first). */
function groups(rows: readonly MinutesAttendee[], other: string): [string, MinutesAttendee[]][] {
  const byOrg = new Map<string, MinutesAttendee[]>();
  for (const row of rows) {
    const org = row.organisation.trim() || other;
    byOrg.set(org, [...(byOrg.get(org) ?? []), row]);
  }
  return [...byOrg.entries()];
}

/**
 * Deltagere: who took part and how (I salen, Online, Afbud, Stedfortræder for …, Gæst, Fraværende), by organisation,
 * and "Tilføj gæst". Prefilled from the invitation's answers; saved as a whole on the meeting with its eTag.
 * Folded to its counts ("Vis fremmøde"): the prefill is mostly right, and the items are what the editor opens at.
 */
export function AttendanceEditor({
  controller,
  readOnly,
  quorum,
}: {
  readonly controller: AttendanceAutosave;
  readonly readOnly?: boolean;
  /** The forum's quorum rule as the draft recorded it: checked from the rows as they are edited. */
  readonly quorum?: MinutesQuorum;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesEditor');
  const state = useSnapshot(controller);
  const rows = state.rows;
  const members = rows.filter((r) => r.presence !== 'substitute' && r.presence !== 'guest');
  const nameOf = (email: string) => rows.find((r) => r.email === email)?.name ?? email;
  // Open when there is nobody to count: the list is then made by hand ("Tilføj gæst").
  const [shown, setShown] = useState(rows.length === 0);
  const bodyId = useId();
  const counts = countsOf(rows);
  const check = meetingQuorum({ attendance: rows, ...(quorum ? { quorum } : {}) });

  const update = (email: string, change: (row: MinutesAttendee) => MinutesAttendee) => {
    controller.edit(rows.map((r) => (r.email === email ? change(r) : r)));
  };
  const setPresence = (row: MinutesAttendee, presence: MinutesPresence) =>
    update(row.email, (r) => {
      const { substituteFor: _dropped, ...rest } = r;
      return presence === 'substitute' && r.substituteFor ? { ...rest, presence, substituteFor: r.substituteFor } : { ...rest, presence };
    });
  const setSubstituteFor = (row: MinutesAttendee, member: string) =>
    update(row.email, (r) => {
      const { substituteFor: _dropped, ...rest } = r;
      return member ? { ...rest, substituteFor: member } : rest;
    });

  return (
    <Section title={t('attendance.title')} icon={<People20Regular />}>
      {state.mergedWith ? (
        <MessageBar intent="info" aria-live="off">
          <MessageBarBody>
            {t('attendance.merged', {
              name: state.mergedWith.name ?? state.mergedWith.email ?? t('someoneElse'),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.summary}>
        <Text>
          {rows.length === 0 ? t('attendance.empty') : t(counts.online > 0 ? 'attendance.summaryOnline' : 'attendance.summary', counts)}
        </Text>
        <Button
          appearance="subtle"
          size="small"
          icon={shown ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
          aria-expanded={shown}
          aria-controls={bodyId}
          onClick={() => setShown(!shown)}
        >
          {shown ? t('attendance.hide') : t('attendance.show')}
        </Button>
      </div>
      {check ? (
        <Text weight="semibold" className={check.met ? undefined : styles.warning} data-testid="minutes-quorum">
          {t(check.met ? 'quorum.met' : 'quorum.notMet', {
            present: check.present,
            members: check.members,
            required: check.required,
          })}
        </Text>
      ) : null}
      <div id={bodyId} hidden={!shown}>
        {shown ? (
          <div className={styles.body}>
            {rows.length === 0 ? null : <Caption1 className={styles.meta}>{t('attendance.prefilled')}</Caption1>}
            {groups(rows, t('attendance.otherOrganisation')).map(([organisation, people]) => (
              <div key={organisation} className={styles.group}>
                <Subtitle2 as="h3" className={styles.heading}>
                  {organisation}
                </Subtitle2>
                <Table size="small" className={styles.table} aria-label={organisation}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.nameColumn}>{t('attendance.name')}</TableHeaderCell>
                      <TableHeaderCell>{t('attendance.presence')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {people.map((row) => (
                      <TableRow key={row.email}>
                        <TableCell>
                          <div className={styles.person}>
                            <span className={styles.nameLine}>
                              <Text>{row.name}</Text>
                              {row.chair ? (
                                <Badge appearance="tint" size="small">
                                  {t('attendance.chair')}
                                </Badge>
                              ) : null}
                            </span>
                            {row.jobTitle ? <Caption1 className={styles.meta}>{row.jobTitle}</Caption1> : null}
                          </div>
                        </TableCell>
                        <TableCell>
                          <div className={styles.choices}>
                            <Select
                              className={styles.select}
                              aria-label={t('attendance.presenceFor', { name: row.name })}
                              value={row.presence}
                              disabled={readOnly === true}
                              onChange={(_e, d) => setPresence(row, d.value as MinutesPresence)}
                            >
                              {MINUTES_PRESENCES.map((p) => (
                                <option key={p} value={p}>
                                  {t(`presence.${p}`)}
                                </option>
                              ))}
                            </Select>
                            {row.presence === 'substitute' ? (
                              <Select
                                className={styles.select}
                                aria-label={t('attendance.substituteForName', { name: row.name })}
                                value={row.substituteFor ?? ''}
                                disabled={readOnly === true}
                                onChange={(_e, d) => setSubstituteFor(row, d.value)}
                              >
                                <option value="">{t('attendance.chooseMember')}</option>
                                {members
                                  .filter((m) => m.email !== row.email)
                                  .map((m) => (
                                    <option key={m.email} value={m.email}>
                                      {m.name}
                                    </option>
                                  ))}
                                {row.substituteFor && !members.some((m) => m.email === row.substituteFor) ? (
                                  <option value={row.substituteFor}>{nameOf(row.substituteFor)}</option>
                                ) : null}
                              </Select>
                            ) : null}
                            {row.presence === 'guest' && readOnly !== true ? (
                              <Button
                                size="small"
                                appearance="subtle"
                                icon={<Delete20Regular />}
                                aria-label={t('attendance.remove', { name: row.name })}
                                title={t('attendance.remove', { name: row.name })}
                                onClick={() => controller.edit(rows.filter((r) => r.email !== row.email))}
                              />
                            ) : null}
                          </div>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            ))}
            {readOnly === true ? null : <AddGuestForm rows={rows} onAdd={(guest) => controller.edit([...rows, guest])} />}
          </div>
        ) : null}
      </div>
      <SaveStatusLine status={state.status} onRetry={() => controller.flush()} />
    </Section>
  );
}
