import { useT } from '../../client/i18n.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';

/** The sentence of the last refused command, if any; cleared when the next one succeeds. */
export function CommandError({ error, title }: { error: unknown; title?: string }) {
  const t = useT();
  if (!error) return null;
  return <ErrorPanel title={title ?? t('retro.board.failed')} error={error} />;
}
