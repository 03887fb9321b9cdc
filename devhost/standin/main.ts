import './styles.css';
import { h, labelledSelect } from './dom.js';
import { locales, themes, type Locale, type Theme } from './frame-context.js';
import { createHost } from './host.js';
import { consentLabels, persistedSet } from './graph-consent.js';
import { graphConsentAnswers, type GraphConsentAnswer } from './naa-graph.js';
import type { AppRegistration, NaaMode, NaaServices } from './naa-host.js';
import type { Org, OrgMeeting } from './org.js';
import { createTokenClient, type TokenClient } from './token-client.js';
import { formatViewQuery, parseViewQuery, resolveView, type ViewQuery } from './view-spec.js';
import { createLogPanel } from './views/log-panel.js';
import { renderMeetingView } from './views/meeting-view.js';
import { renderTabView } from './views/tab-view.js';
import type { ViewHandle, ViewHandlers } from './views/view-types.js';

const themeLabels: Record<Theme, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};
const localeLabels: Record<Locale, string> = {
  'en-us': 'English',
  'de-de': 'Deutsch',
  'ja-jp': '日本語',
  'ar-sa': 'العربية (layout only)',
};
const viewLinks: { view: ViewQuery['view']; label: string }[] = [
  { view: 'channel', label: 'Channel tab' },
  { view: 'meeting', label: 'Meeting' },
  { view: 'meeting-config', label: 'Meeting tab' },
];

const naaLabels: Record<NaaMode, string> = {
  off: '',
  on: 'Nested app auth',
  consent: 'Nested app auth · consent first',
  error: 'Nested app auth · failing',
};

/** The app registration the manifest names (`GET /devhost/api/app`), fetched once; a failure is retried. */
const loadedAt = Date.now();

/** The meeting with its start moved to `?startsIn=` seconds after the page loaded, when given. */
function scheduled(meeting: OrgMeeting, startsIn: number | null): OrgMeeting {
  return startsIn === null
    ? meeting
    : { ...meeting, startsAt: new Date(loadedAt + startsIn * 1000).toISOString() };
}

function registrationLoader(): () => Promise<AppRegistration> {
  let loaded: Promise<AppRegistration> | null = null;
  const load = async () => {
    const response = await fetch('/devhost/api/app');
    if (!response.ok) {
      throw new Error(
        `GET /devhost/api/app answered ${response.status}. Restart the dev server (npm start).`,
      );
    }
    return (await response.json()) as AppRegistration;
  };
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return loaded;
  };
}

/** The manifest's RSC permissions (`GET /devhost/api/app`), fetched once; a failure is retried. */
function permissionsLoader(): () => Promise<ReadonlySet<string>> {
  let loaded: Promise<ReadonlySet<string>> | null = null;
  const load = async () => {
    const response = await fetch('/devhost/api/app');
    if (!response.ok) {
      throw new Error(
        `GET /devhost/api/app answered ${response.status}. Restart the dev server (npm start).`,
      );
    }
    const app = (await response.json()) as { rscPermissions?: string[] };
    return new Set(app.rscPermissions ?? []);
  };
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    return loaded;
  };
}

function naaServices(
  mode: NaaMode,
  tokens: TokenClient,
  graphConsent: () => GraphConsentAnswer,
): NaaServices | null {
  if (mode === 'off') return null;
  return {
    mode,
    registration: registrationLoader(),
    tokens: (userId, options) => tokens.tokens(userId, options),
    consented: new Set(),
    graphConsent,
    graphConsented: persistedSet('candor-standin-graph-consent'),
  };
}

async function loadOrg(): Promise<Org> {
  const response = await fetch('/devhost/api/org');
  if (!response.ok)
    throw new Error(
      `GET /devhost/api/org answered ${response.status}. Is the Candor dev server running?`,
    );
  return (await response.json()) as Org;
}

function boot(org: Org) {
  let query = parseViewQuery(window.location.search);
  let current: ViewHandle | null = null;
  const tokens = createTokenClient();
  const logPanel = createLogPanel();
  // The host outlives views; it forwards view-specific callbacks to whichever view is showing.
  const forward = <K extends keyof ViewHandlers>(key: K): ViewHandlers[K] =>
    ((...args: unknown[]) =>
      (current?.handlers[key] as (...a: unknown[]) => unknown)?.(...args)) as ViewHandlers[K];
  const host = createHost({
    theme: query.theme,
    // Fixed for the page's life: frames learn it in their initialize answer.
    naa: naaServices(query.naa, tokens, () => query.consent),
    device: { locale: query.locale, clientType: query.client },
    ui: {
      getToken: (userId) => tokens.get(userId),
      log: logPanel.add,
      changed: forward('changed'),
      saveFinished: forward('saveFinished'),
      shareToStage: forward('shareToStage'),
      stopStage: forward('stopStage'),
      stageState: () => current?.handlers.stageState() ?? { isAppSharing: false },
      manifestPermissions: permissionsLoader(),
    },
  });

  const controls = h('div', { class: 'controls' });
  const nav = h('nav', { 'aria-label': 'Views' });
  const main = h('main', { id: 'main' });
  document.body.replaceChildren(
    h(
      'header',
      { class: 'app-header' },
      h(
        'div',
        { class: 'brand' },
        h('h1', {}, 'Candor dev host'),
        h('span', { class: 'badge warn' }, 'Teams stand-in · dev only'),
        query.naa !== 'off' && h('span', { class: 'badge' }, naaLabels[query.naa]),
      ),
      nav,
      controls,
    ),
    main,
    logPanel.element,
  );

  function update(next: Partial<ViewQuery>, rerender = true) {
    query = { ...query, ...next };
    window.history.replaceState(null, '', formatViewQuery(query));
    if (rerender) render();
  }

  function render() {
    current?.dispose();
    current = null;
    document.body.dataset.theme = query.theme;
    nav.replaceChildren(
      ...viewLinks.map((link) =>
        h(
          'a',
          {
            href: formatViewQuery({
              ...query,
              view: link.view,
              user: null,
              configure: link.view === 'meeting-config',
            }),
            'aria-current': link.view === query.view ? 'page' : null,
            onclick: (event: Event) => {
              event.preventDefault();
              update({ view: link.view, user: null, configure: link.view === 'meeting-config' });
            },
          },
          link.label,
        ),
      ),
    );
    const view = resolveView(query, org);
    const themeSelect = labelledSelect(
      'theme',
      'Theme',
      themes.map((t) => ({ value: t, label: themeLabels[t] })),
      query.theme,
      (value) => {
        const theme = themes.find((t) => t === value) ?? 'default';
        document.body.dataset.theme = theme;
        host.setTheme(theme);
        update({ theme }, false);
      },
    );
    const localeSelect = labelledSelect(
      'locale',
      'Language',
      locales.map((l) => ({ value: l, label: localeLabels[l] })),
      // A tag not in the list (?locale=fr-fr) shows as English in the select, and still applies.
      locales.find((l) => l === query.locale) ?? 'en-us',
      (value) => {
        // Frames learn the language when they start, as in Teams: reload with the new one.
        update({ locale: locales.find((l) => l === value) ?? 'en-us' }, false);
        window.location.reload();
      },
    );
    // How the person answers Teams' consent prompt for a Graph permission (Microsoft To Do).
    const consentSelect = labelledSelect(
      'consent',
      'To Do consent',
      graphConsentAnswers.map((a) => ({ value: a, label: consentLabels[a] })),
      query.consent,
      (value) =>
        update({ consent: graphConsentAnswers.find((a) => a === value) ?? 'accept' }, false),
    );
    const naaControls = query.naa === 'off' ? [] : [consentSelect];
    const ctx = { host, pages: query.pages, origin: window.location.origin, mount: main };
    switch (view.kind) {
      case 'error':
        controls.replaceChildren(themeSelect, localeSelect);
        main.replaceChildren(h('p', { class: 'error', role: 'alert' }, view.message));
        return;
      case 'channel':
        controls.replaceChildren(
          labelledSelect(
            'team',
            'Team',
            org.teams.map((t) => ({ value: t.groupId, label: t.name })),
            view.team.groupId,
            (team) => update({ team, user: null }),
          ),
          userSelect(view.candidates, view.user.id),
          themeSelect,
          localeSelect,
        );
        current = renderTabView(ctx, {
          place: { kind: 'team', team: view.team },
          user: view.user,
          heading: `${view.team.name} › ${view.team.channel.name}`,
          configure: query.configure,
        });
        break;
      case 'meeting-config':
        controls.replaceChildren(
          meetingSelect(view.meeting.chatId),
          userSelect(view.candidates, view.user.id),
          themeSelect,
          localeSelect,
          ...naaControls,
        );
        current = renderTabView(ctx, {
          place: { kind: 'meeting', meeting: scheduled(view.meeting, query.startsIn) },
          user: view.user,
          heading: `${view.meeting.title} › meeting chat`,
          // Adding a tab to a meeting chat always starts on the configuration page.
          configure: true,
        });
        break;
      case 'meeting':
        controls.replaceChildren(
          meetingSelect(view.meeting.chatId),
          labelledSelect(
            'participants',
            'Participants',
            view.candidates.map((_, i) => ({ value: String(i + 1), label: String(i + 1) })),
            String(view.participants.length),
            (value) => update({ participants: Number(value) }),
          ),
          themeSelect,
          localeSelect,
          ...naaControls,
        );
        current = renderMeetingView(
          ctx,
          scheduled(view.meeting, query.startsIn),
          view.participants,
        );
        break;
    }
  }

  function userSelect(candidates: { id: string; displayName: string }[], selected: string) {
    return labelledSelect(
      'user',
      'User',
      candidates.map((u) => ({ value: u.id, label: u.displayName })),
      selected,
      (user) => update({ user }),
    );
  }

  function meetingSelect(selected: string) {
    return labelledSelect(
      'meeting',
      'Meeting',
      org.meetings.map((m) => ({ value: m.chatId, label: m.title })),
      selected,
      (meeting) => update({ meeting, user: null }),
    );
  }

  render();
}

loadOrg().then(boot, (error: unknown) => {
  document.body.replaceChildren(
    h(
      'main',
      { id: 'main' },
      h(
        'p',
        { class: 'error', role: 'alert' },
        error instanceof Error ? error.message : String(error),
      ),
    ),
  );
});
