import { Caption1, Label, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_TEXT_MAX, type MinutesTextField } from '../../../store/minutes/draft-types';
import { useLayoutStyles } from '../../styles';
import type { FieldState, ItemAutosave } from './autosave';
import { MergePanel } from './MergePanel';
import { SaveStatusLine } from './SaveStatusLine';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  textarea: { width: '100%', '& textarea': { minHeight: '5rem' } },
  notice: { color: tokens.colorNeutralForeground2 },
});

/** One Referat or Beslutning: the text, its save status, and the merge panel when someone else changed it too. */
/** `readOnly`: circulated minutes — the text stays focusable and readable, takes no input. */
export function MinutesField({
  controller,
  field,
  state,
  number,
  readOnly,
}: {
  readonly controller: ItemAutosave;
  readonly field: MinutesTextField;
  readonly state: FieldState;
  readonly number: number;
  readonly readOnly: boolean;
}) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useTranslation('minutesEditor');
  const id = useId();
  const statusId = useId();
  const fieldName = t(`${field}`);
  const who = (name?: string, email?: string) => name ?? email ?? t('someoneElse');
  return (
    <div className={styles.field}>
      <Label htmlFor={id} weight="semibold">
        {fieldName}
        <span className={layout.visuallyHidden}> {t('itemNumber', { number })}</span>
      </Label>
      <Textarea
        id={id}
        className={styles.textarea}
        resize="vertical"
        rows={field === 'referat' ? 5 : 3}
        value={state.text}
        maxLength={MINUTES_TEXT_MAX}
        aria-describedby={statusId}
        readOnly={readOnly}
        onChange={(_e, d) => {
          if (!readOnly) controller.edit(field, d.value);
        }}
        onBlur={() => {
          if (!readOnly) controller.flush(field);
        }}
      />
      {state.tookTheirs ? (
        <Caption1 className={styles.notice}>{t('tookTheirs', { name: who(state.tookTheirs.name, state.tookTheirs.email) })}</Caption1>
      ) : null}
      {state.conflict ? (
        <MergePanel
          field={fieldName}
          mine={state.text}
          theirs={state.conflict.theirs}
          by={state.conflict.by}
          onChoose={(choice) =>
            controller.resolve(field, choice, t('merge.theirsLabel', { name: who(state.conflict?.by.name, state.conflict?.by.email) }))
          }
        />
      ) : null}
      <SaveStatusLine id={statusId} status={state.status} onRetry={() => controller.flush(field)} />
    </div>
  );
}
