import { Field, MessageBar, MessageBarBody, Select, tokens, type GriffelStyle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../store/home-data';
import { errorKey } from '../errors/describe-error';

/**
 * A pane form's action bar: it stays on screen while the fields scroll under it (a task pane is short, and the person
 * opened it for this button). Spread into a view's `makeStyles`.
 */
export const stickyActionBar: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: tokens.spacingHorizontalS,
  position: 'sticky',
  bottom: 0,
  paddingBlock: tokens.spacingVerticalS,
  backgroundColor: tokens.colorNeutralBackground1,
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

/** The forum to act for, shown only when the person belongs to more than one. */
export function ForumSelectField({ label, forums, value, onChange, disabled, className }: {
  readonly label: string;
  readonly forums: readonly ForumHome[];
  readonly value: string;
  readonly onChange: (groupId: string) => void;
  readonly disabled: boolean;
  readonly className?: string;
}) {
  if (forums.length < 2) return null;
  return (
    <Field label={label}>
      <Select className={className} value={value} onChange={(_e, d) => onChange(d.value)} disabled={disabled}>
        {forums.map((f) => (
          <option key={f.forum.groupId} value={f.forum.groupId}>
            {f.forum.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A task pane's outcome: progress and results in a polite live region, a failure as an alert. */
export function PaneStatus({ status, success, error }: { readonly status: string; readonly success: boolean; readonly error?: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" aria-live="polite">
        {status ? (
          <MessageBar intent={success ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>{status}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {error !== undefined ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t(`error.${errorKey(error)}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
