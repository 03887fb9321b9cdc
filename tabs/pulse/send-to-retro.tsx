import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../../client/i18n.js';
import { sendPulsePrompts } from '../../client/pulse/use-pulse-actions.js';
import { useAnnounce } from '../../client/ui/announcer.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  button: { alignSelf: 'flex-start', minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Owners only: send the pulse's lowest statements and change into the Review of the next retro in
 * the team's meetings. The server builds what is sent, under the results' thresholds.
 */
export function SendToRetro({ pulseId }: { pulseId: string }) {
  const styles = useStyles();
  const t = useT();
  const announce = useAnnounce();
  const send = useMutation({
    mutationFn: () => sendPulsePrompts(pulseId),
    onSuccess: (sent) => announce(t('prompts.send.done', { count: sent.meetings })),
  });
  return (
    <section className={styles.root} aria-labelledby="send-to-retro">
      <Subtitle2 as="h3" id="send-to-retro" className={styles.heading}>
        {t('prompts.send.title')}
      </Subtitle2>
      <Body1>{t('prompts.send.body')}</Body1>
      <Button className={styles.button} disabled={send.isPending} onClick={() => send.mutate()}>
        {send.isPending ? t('prompts.send.sending') : t('prompts.send.button')}
      </Button>
      {send.isSuccess && (
        <Body1 className={styles.muted}>
          {t('prompts.send.done', { count: send.data.meetings })}
        </Body1>
      )}
      {send.isError && <ErrorPanel title={t('prompts.send.failed')} error={send.error} />}
    </section>
  );
}
