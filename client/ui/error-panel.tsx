import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { userMessage } from '../api-error.js';
import { useT } from '../i18n.js';

const useStyles = makeStyles({
  root: { margin: 0 },
  body: { overflowWrap: 'anywhere' },
});

type Props = {
  title?: string;
  /** Either the error (its user sentence is shown; never a stack) or a ready sentence. */
  error?: unknown;
  message?: string;
  onRetry?: () => void;
};

export function ErrorPanel({ title, error, message, onRetry }: Props) {
  const styles = useStyles();
  const t = useT();
  const heading = <MessageBarTitle>{title ?? t('common.error.title')}</MessageBarTitle>;
  return (
    <MessageBar intent="error" layout="multiline" className={styles.root} role="alert">
      <MessageBarBody className={styles.body}>
        {heading} {message ?? userMessage(error)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('common.error.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
