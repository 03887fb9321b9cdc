import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SettingUp } from '../../shared/retro/api.js';
import { api } from '../../client/api.js';
import { retroKeys } from '../../client/retro/query-keys.js';
import { tokenProvider } from '../../client/token-provider.js';
import { useT, type Translate } from '../../client/i18n.js';
import { useIntl } from '../../client/i18n.js';

/**
 * The lobby's "Adele Vance is setting up a retro…" (#14 item 5). While someone has the start form
 * open, their panel tells the server every 45 s (the server forgets it after 70 s without news),
 * and says "stopped" when the form closes; the others' lobbies hear of a start or a stop through
 * the chat room's `retro.settingUp` event and read who it is (a name from the meeting chat, never
 * from the client). A retro that starts clears it, and the lobby gives way to the retro anyway.
 */
export const renewSettingUpMs = 45_000;

/** POSTs this person's start-form state; `keepalive` so a closing page's "stopped" still leaves. */
async function announce(chatId: string, open: boolean): Promise<void> {
  const token = await tokenProvider.getToken();
  await fetch('/api/retros/setting-up', {
    method: 'POST',
    keepalive: true,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ chatId, open }),
  });
}

export function useAnnounceSettingUp(chatId: string, open: boolean): void {
  useEffect(() => {
    if (!open) return undefined;
    const send = (on: boolean) => {
      announce(chatId, on).catch(() => undefined);
    };
    send(true);
    const timer = setInterval(() => send(true), renewSettingUpMs);
    return () => {
      clearInterval(timer);
      send(false);
    };
  }, [chatId, open]);
}

const useStyles = makeStyles({
  notice: {
    margin: 0,
    minWidth: 0,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * "Adele Vance is setting up a retro…", "Adele Vance and Diego Siciliani are …": the names joined
 * the way the user's language joins a list (`Intl.ListFormat`), the verb agreeing with the count.
 */
export function settingUpSentence(
  people: readonly { displayName: string }[],
  t: Translate,
  locale: string,
): string | null {
  if (people.length === 0) return null;
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    people.map((p) => p.displayName),
  );
  return t('panel.lobby.settingUp', { names, count: people.length });
}

/** Until the earliest announcement runs out: read again then, so a crashed panel's notice goes. */
function untilNextExpiry(data: SettingUp | undefined, now = Date.now()): number | false {
  if (!data || data.people.length === 0) return false;
  const next = Math.min(...data.people.map((p) => Date.parse(p.until)));
  return Math.max(1_000, next - now + 500);
}

export function SettingUpNotice({ chatId }: { chatId: string }) {
  const styles = useStyles();
  const t = useT();
  const { locale } = useIntl();
  const { data } = useQuery({
    queryKey: retroKeys.settingUp(chatId),
    queryFn: async ({ signal }) => {
      const { settingUpSchema } = await import('../../shared/retro/api.js');
      return api.get(
        `/api/retros/setting-up?chatId=${encodeURIComponent(chatId)}`,
        settingUpSchema,
        signal,
      );
    },
    refetchInterval: (query) => untilNextExpiry(query.state.data),
  });
  const sentence = settingUpSentence(data?.people ?? [], t, locale);
  // The live region is always there, so screen readers announce the sentence when it appears.
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {sentence && <Body1 className={styles.notice}>{sentence}</Body1>}
    </div>
  );
}
