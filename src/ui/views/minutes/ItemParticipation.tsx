import { Button, Caption1, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { PersonProhibited20Regular } from '@fluentui/react-icons/svg/person-prohibited';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_ABSENCE_NOTE_MAX, type MinutesItem, type MinutesQuorum } from '../../../domain/minutes/minutes-content';
import { canStepOut, itemQuorum, notParticipating, withItemAbsence } from '../../../domain/minutes/participation';
import { ITEM_ABSENCE_REASONS, type ItemAbsenceReason } from '../../../domain/vocabulary/forum';
import { useLayoutStyles } from '../../styles';
import type { AttendanceAutosave } from './autosave';
import { useSnapshot } from './use-autosave';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  entry: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteRedForeground1 },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { minWidth: '12rem', flexGrow: 1 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * "Deltog ikke i sagens behandling" under one item: who at the meeting did not take part in it (away for the item,
 * or inhabil with the reason), and — where the forum has a quorum rule — whether it could still decide on the item.
 * The marks are part of the attendance (each person's `notIn`), so they save with it: one JSON on the meeting, its
 * eTag, merged row by row when someone else saved meanwhile.
 */
export function ItemParticipation({
  item,
  attendance,
  quorum,
  readOnly,
}: {
  readonly item: Pick<MinutesItem, 'agendaItemId' | 'number'>;
  readonly attendance: AttendanceAutosave;
  readonly quorum?: MinutesQuorum;
  readonly readOnly: boolean;
}) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useTranslation('minutesEditor');
  const headingId = useId();
  const { rows } = useSnapshot(attendance);
  const out = notParticipating({ attendance: rows }, item.agendaItemId);
  const check = itemQuorum({ attendance: rows, ...(quorum ? { quorum } : {}) }, item.agendaItemId);
  const candidates = rows.filter((r) => canStepOut(r) && !out.some((o) => o.email === r.email));
  const [adding, setAdding] = useState(false);
  const [person, setPerson] = useState('');
  const [reason, setReason] = useState<ItemAbsenceReason>('inhabil');
  const [note, setNote] = useState('');
  const [told, setTold] = useState('');
  const [missing, setMissing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  const close = () => {
    setAdding(false);
    setPerson('');
    setNote('');
    setMissing(false);
    // Back to the button that opened the form (it is rendered again on the next paint).
    setTimeout(() => opener.current?.focus(), 0);
  };
  const add = () => {
    const row = rows.find((r) => r.email === person);
    if (!row) {
      setMissing(true);
      return;
    }
    attendance.edit(withItemAbsence(rows, row.email, item.agendaItemId, { reason, ...(reason === 'inhabil' ? { note } : {}) }));
    setTold(t(`participation.marked.${reason}`, { name: row.name, number: item.number }));
    close();
  };
  const remove = (email: string, name: string) => {
    attendance.edit(withItemAbsence(rows, email, item.agendaItemId, undefined));
    setTold(t('participation.unmarked', { name, number: item.number }));
    setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" weight="semibold" id={headingId} className={styles.heading}>
        {t('participation.heading')}
      </Text>
      {out.length === 0 ? (
        <Caption1 className={styles.meta}>{t('participation.none')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {out.map((p) => (
            <li key={p.email}>
              <span className={styles.entry}>
                <Text>
                  {p.reason === 'inhabil'
                    ? t(p.note ? 'participation.inhabilWithNote' : 'participation.inhabil', {
                        name: p.name,
                        note: p.note ?? '',
                      })
                    : t('participation.absent', { name: p.name })}
                </Text>
                {readOnly ? null : (
                  <Button size="small" appearance="subtle" onClick={() => remove(p.email, p.name)}>
                    <span aria-hidden="true">{t('participation.remove')}</span>
                    <span className={layout.visuallyHidden}>{t('participation.removeFor', { name: p.name })}</span>
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {check && (out.length > 0 || !check.met) ? (
        <Text className={check.met ? styles.meta : styles.warning}>
          {t(check.met ? 'quorum.itemMet' : 'quorum.itemNotMet', {
            present: check.present,
            members: check.members,
            required: check.required,
          })}
        </Text>
      ) : null}
      {readOnly ? null : adding ? (
        <div className={styles.form} role="group" aria-label={t('participation.formLabel', { number: item.number })}>
          <Field
            className={styles.field}
            label={t('participation.person')}
            validationState={missing ? 'error' : 'none'}
            validationMessage={missing ? t('participation.choosePerson') : undefined}
          >
            <Select
              value={person}
              onChange={(_e, d) => {
                setPerson(d.value);
                setMissing(false);
              }}
              // The form opens on the choice of person.
              autoFocus
            >
              <option value="">{t('participation.choose')}</option>
              {candidates.map((r) => (
                <option key={r.email} value={r.email}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.field} label={t('participation.reason')}>
            <Select value={reason} onChange={(_e, d) => setReason(ITEM_ABSENCE_REASONS.find((r) => r === d.value) ?? 'absent')}>
              {ITEM_ABSENCE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`participation.reasons.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
          {reason === 'inhabil' ? (
            <Field className={styles.field} label={t('participation.note')} hint={t('participation.noteHint')}>
              <Input value={note} maxLength={ITEM_ABSENCE_NOTE_MAX} onChange={(_e, d) => setNote(d.value)} />
            </Field>
          ) : null}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={add}>
              {t('participation.add')}
            </Button>
            <Button onClick={close}>{t('participation.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            ref={opener}
            size="small"
            icon={<PersonProhibited20Regular />}
            disabled={candidates.length === 0}
            onClick={() => setAdding(true)}
          >
            {t('participation.open', { number: item.number })}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" className={layout.visuallyHidden}>
        {told}
      </div>
    </section>
  );
}
