import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../errors/describe-error';

/** A failure as a sentence the person can act on, with the action next to it. */
export function ErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {t(`error.${errorKey(error)}`)}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('error.retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
