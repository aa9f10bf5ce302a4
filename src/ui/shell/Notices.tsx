import { Toast, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useServices } from '../services';

/** Shows the host's notices (published on the notification bus) as Fluent toasts. */
export function Notices() {
  const { notifications } = useServices();
  const toasterId = useId('notices');
  const { dispatchToast } = useToastController(toasterId);
  useEffect(
    () =>
      notifications?.subscribe((n) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{n.message}</ToastTitle>
          </Toast>,
          { intent: n.intent, timeout: n.intent === 'error' ? -1 : 4000 },
        ),
      ),
    [notifications, dispatchToast],
  );
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
