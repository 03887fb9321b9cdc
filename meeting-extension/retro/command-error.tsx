import { ErrorPanel } from '../../client/ui/error-panel.js';

/** The sentence of the last refused command, if any; cleared when the next one succeeds. */
export function CommandError({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return <ErrorPanel title={title ?? 'That did not work'} error={error} />;
}
