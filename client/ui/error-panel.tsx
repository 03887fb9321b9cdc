import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { userMessage } from '../api-error.js';

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

export function ErrorPanel({ title = 'Something went wrong', error, message, onRetry }: Props) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.root} role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle> {message ?? userMessage(error)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
