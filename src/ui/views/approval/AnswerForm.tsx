import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Checkmark20Regular } from '@fluentui/react-icons/svg/checkmark';
import { CommentEdit20Regular } from '@fluentui/react-icons/svg/comment-edit';
import { useTranslation } from 'react-i18next';
import type { ApprovalDecision } from '../../../domain/types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

export interface AnswerFormProps {
  readonly comment: string;
  readonly onComment: (text: string) => void;
  /** Shown under the overall comment (e.g. "a comment is required"). */
  readonly error?: string;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onAnswer: (decision: ApprovalDecision) => void;
}

/** The overall comment, "Godkend" and "Anmod om ændringer". */
export function AnswerForm({ comment, onComment, error, busy, disabled, onAnswer }: AnswerFormProps) {
  const styles = useStyles();
  const { t } = useTranslation('approval');
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer('approved');
      }}
    >
      <Field label={t('overallComment')} hint={t('commentHint')} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Textarea value={comment} onChange={(_, d) => onComment(d.value)} resize="vertical" maxLength={10_000} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" icon={<Checkmark20Regular />} disabled={disabled || busy}>
          {t('approve')}
        </Button>
        <Button type="button" icon={<CommentEdit20Regular />} disabled={disabled || busy} onClick={() => onAnswer('changes-requested')}>
          {t('requestChanges')}
        </Button>
      </div>
    </form>
  );
}
