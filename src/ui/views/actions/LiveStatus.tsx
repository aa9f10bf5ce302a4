import { DialogStatus, type DialogStatusProps } from '../../components/DialogStatus';

/**
 * A section's polite live region: a spinner while loading, an error bar, and the latest message — announced once
 * each. (No role="status": the home's own status line stays the page's one status.)
 */
export function LiveStatus(props: Omit<DialogStatusProps, 'landmark'>) {
  return <DialogStatus {...props} landmark={false} />;
}
