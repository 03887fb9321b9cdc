import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { HostContext, type HostValue } from './host-context.js';
import type { HostTheme } from './host-info.js';
import { createQueryClient } from './query-client.js';
import {
  canShareToStage,
  initializeHost,
  notifyRendered,
  onThemeChange,
  registerOnSave,
  saveTabConfig,
  setSaveEnabled,
  shareToStage,
  type HostOutcome,
} from './teams-host.js';
import { defaultTheme, loadFluentTheme, systemTheme } from './theme.js';
import { ErrorPanel } from './ui/error-panel.js';
import { Loading } from './ui/loading.js';
import { NotInTeams } from './ui/not-in-teams.js';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  failed: { padding: tokens.spacingHorizontalM },
});

type HostState = { kind: 'connecting' } | HostOutcome;

// Stable identities, so effects that depend on them run once.
const stage: HostValue['stage'] = { canShare: canShareToStage, share: shareToStage };
const config: HostValue['config'] = {
  onSave: registerOnSave,
  setValid: setSaveEnabled,
  save: saveTabConfig,
};

/** Query cache, Teams host and a Fluent theme that follows Teams; renders children only inside Teams. */
export function AppProviders({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [queryClient] = useState(createQueryClient);
  const [host, setHost] = useState<HostState>({ kind: 'connecting' });
  const [theme, setTheme] = useState<{ name: HostTheme; fluent: Theme }>({
    name: 'default',
    fluent: defaultTheme,
  });

  useEffect(() => {
    let active = true;
    let latest = 0;
    // Themes load asynchronously; only the most recently requested one may apply.
    const applyTheme = async (name: HostTheme) => {
      const ticket = ++latest;
      const fluent = await loadFluentTheme(name);
      if (active && ticket === latest) setTheme({ name, fluent });
    };
    // Start loading the likely theme while Teams connects.
    void applyTheme(systemTheme());
    void initializeHost().then(async (outcome) => {
      if (outcome.kind === 'teams') {
        document.documentElement.lang = outcome.info.locale;
        await applyTheme(outcome.info.theme);
        onThemeChange((name) => void applyTheme(name));
      }
      if (active) setHost(outcome);
    });
    return () => {
      active = false;
    };
  }, []);

  const value = useMemo<HostValue | null>(
    () =>
      host.kind === 'teams' ? { info: { ...host.info, theme: theme.name }, stage, config } : null,
    [host, theme],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <FluentProvider theme={theme.fluent}>
        {/* Page styles sit on an inner element: FluentProvider copies its own class onto portals. */}
        <div className={styles.root}>
          {host.kind === 'connecting' && <Loading label="Connecting to Teams…" />}
          {host.kind === 'not-in-teams' && <NotInTeams />}
          {host.kind === 'failed' && (
            <main className={styles.failed}>
              <ErrorPanel title="Candor could not start" message={host.message} />
            </main>
          )}
          {value && (
            <HostContext.Provider value={value}>
              <Rendered />
              {children}
            </HostContext.Provider>
          )}
        </div>
      </FluentProvider>
    </QueryClientProvider>
  );
}

/** Tells Teams to drop its loading indicator once the page has rendered. */
function Rendered() {
  useEffect(() => notifyRendered(), []);
  return null;
}
