import { FluentProvider, tokens, type Theme } from '@fluentui/react-components';
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { HostContext, type HostValue } from './host-context.js';
import type { HostTheme } from './host-info.js';
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
import { Announcer } from './ui/announcer.js';
import { Loading } from './ui/loading.js';
import { I18nProvider, useT } from './i18n.js';
import type { IntlShape } from '@formatjs/intl';
import { loadCatalogue } from '../shared/i18n/catalogues.js';
import { catalogueFor, directionOf, intlLocale } from '../shared/i18n/locales.js';

// Only the shell is in a page's first download: these rare states load when they happen.
const NotInTeams = lazy(() =>
  import('./ui/not-in-teams.js').then((m) => ({ default: m.NotInTeams })),
);
const StartFailed = lazy(() =>
  import('./ui/error-panel.js').then((m) => ({
    default: ({ message }: { message: string }) => (
      <main style={{ padding: tokens.spacingHorizontalM }}>
        <m.ErrorPanel title={useT()('common.startFailed')} message={message} />
      </main>
    ),
  })),
);

// Inline styles with Fluent's token variables: no style engine needed before the page loads.
const rootStyle: CSSProperties = {
  minHeight: '100vh',
  boxSizing: 'border-box',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
};

type HostState = { kind: 'connecting' } | HostOutcome;
type Language = { locale: string; intl: IntlShape };

/** The catalogue and `Intl` locale for a host locale tag; English while another one loads. */
async function languageFor(tag: string): Promise<Language> {
  const locale = intlLocale(tag);
  // FormatJS comes with the first catalogue, so neither is in the page's first script.
  const [{ createPageIntl }, messages] = await Promise.all([
    import('./intl-runtime.js'),
    loadCatalogue(catalogueFor(tag)),
  ]);
  return { locale, intl: createPageIntl(locale, messages) };
}

// Stable identities, so effects that depend on them run once.
const stage: HostValue['stage'] = { canShare: canShareToStage, share: shareToStage };
const config: HostValue['config'] = {
  onSave: registerOnSave,
  setValid: setSaveEnabled,
  save: saveTabConfig,
};

/** Teams host and a Fluent theme that follows Teams; renders children only inside Teams. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [host, setHost] = useState<HostState>({ kind: 'connecting' });
  const [theme, setTheme] = useState<{ name: HostTheme; fluent: Theme }>({
    name: 'default',
    fluent: defaultTheme,
  });
  // Null until the first catalogue arrives (a few ms: it loads while Teams connects).
  const [language, setLanguage] = useState<Language | null>(null);

  useEffect(() => {
    let active = true;
    let latest = 0;
    // Themes load asynchronously; only the most recently requested one may apply.
    const applyTheme = async (name: HostTheme) => {
      const ticket = ++latest;
      const fluent = await loadFluentTheme(name);
      if (active && ticket === latest) setTheme({ name, fluent });
    };
    // Start loading the likely theme and language while Teams connects.
    void applyTheme(systemTheme());
    let hostLanguage = false;
    void languageFor(navigator.language).then((guess) => {
      if (active && !hostLanguage) setLanguage(guess);
    });
    void initializeHost().then(async (outcome) => {
      if (outcome.kind === 'teams') {
        const tag = outcome.info.locale;
        document.documentElement.lang = tag;
        document.documentElement.dir = directionOf(tag);
        const [chosen] = await Promise.all([languageFor(tag), applyTheme(outcome.info.theme)]);
        hostLanguage = true;
        if (active) setLanguage(chosen);
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

  if (language === null) {
    // Nothing to say yet: the page's background, in the theme, until the words arrive.
    return (
      <FluentProvider theme={theme.fluent}>
        <div style={rootStyle} />
      </FluentProvider>
    );
  }
  return (
    <I18nProvider intl={language.intl}>
      <FluentProvider theme={theme.fluent} dir={directionOf(language.locale)}>
        {/* Page styles sit on an inner element: FluentProvider copies its own class onto portals. */}
        <div style={rootStyle}>
          {host.kind === 'connecting' && <Connecting />}
          {host.kind !== 'connecting' && host.kind !== 'teams' && (
            <Suspense fallback={null}>
              {host.kind === 'not-in-teams' ? (
                <NotInTeams />
              ) : (
                <StartFailed message={host.message} />
              )}
            </Suspense>
          )}
          {value && (
            <HostContext.Provider value={value}>
              <Rendered />
              <Announcer>{children}</Announcer>
            </HostContext.Provider>
          )}
        </div>
      </FluentProvider>
    </I18nProvider>
  );
}

function Connecting() {
  return <Loading label={useT()('common.connecting')} />;
}

/** Tells Teams to drop its loading indicator once the page has rendered. */
function Rendered() {
  useEffect(() => notifyRendered(), []);
  return null;
}
