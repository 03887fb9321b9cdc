/**
 * A minimal app page for testing the stand-in with the real teams-js: it calls the APIs Candor uses
 * and prints each outcome in `<dd data-key="…">`, which tests/e2e/standin-protocol.test.ts reads.
 */
import { app, authentication, meeting, pages } from '@microsoft/teams-js';

const results = document.getElementById('results')!;
const actions = document.getElementById('actions')!;
const frame = new URLSearchParams(window.location.search).get('frame') ?? 'content';

function show(key: string, value: string) {
  let dd = results.querySelector<HTMLElement>(`dd[data-key="${key}"]`);
  if (!dd) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    dd = document.createElement('dd');
    dd.dataset.key = key;
    results.append(dt, dd);
  }
  dd.textContent = value;
}

function button(label: string, onClick: () => void) {
  const el = document.createElement('button');
  el.type = 'button';
  el.textContent = label;
  el.addEventListener('click', onClick);
  actions.append(el);
}

const message = (error: unknown) =>
  error instanceof Error ? error.message : JSON.stringify(error);

/** Decodes the claims we print; the token itself is never shown. */
function claims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

async function run() {
  show('init', 'pending');
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('app.initialize() did not resolve in 10 s')), 10_000),
  );
  await Promise.race([app.initialize(), timeout]);
  show('init', 'ok');

  const context = await app.getContext();
  show(
    'context',
    JSON.stringify({
      frameContext: context.page.frameContext,
      userId: context.user?.id,
      tenantId: context.user?.tenant?.id,
      groupId: context.team?.groupId,
      channelId: context.channel?.id,
      chatId: context.chat?.id,
      meetingId: context.meeting?.id,
      pageId: context.page.id,
    }),
  );
  show('theme', context.app.theme);
  app.registerOnThemeChangeHandler((theme) => show('theme', theme));

  try {
    const token = await authentication.getAuthToken();
    const c = claims(token);
    show('token', `ok oid=${String(c.oid)} aud=${String(c.aud)}`);
  } catch (error) {
    show('token', `error ${message(error)}`);
  }

  if (frame === 'settings') setUpConfig();
  if (frame === 'sidePanel') setUpSidePanel();
  if (frame === 'content' && pages.config.isSupported()) {
    const config = await pages.getConfig();
    show('config', `${config.entityId ?? ''} ${config.contentUrl}`);
  }
  await app.notifySuccess();
  show('ready', 'yes');
}

function setUpConfig() {
  pages.config.registerOnSaveHandler((saveEvent) => {
    const contentUrl = new URL(
      '/devhost/probe.html?frame=content&saved=1',
      window.location.origin,
    ).toString();
    pages.config
      .setConfig({ contentUrl, entityId: 'probe-tab', suggestedDisplayName: 'Probe' })
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(message(error)));
  });
  show('config', 'waiting');
  button('Make valid', () => {
    pages.config.setValidityState(true);
    show('config', 'valid');
  });
}

function setUpSidePanel() {
  meeting.getAppContentStageSharingState((error, state) =>
    show('sharing', error ? `error ${error.errorCode}` : String(state?.isAppSharing)),
  );
  meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
    show(
      'capabilities',
      error ? `error ${error.errorCode}` : String(capabilities?.doesAppHaveSharePermission),
    ),
  );
  button('Share to stage', () => {
    const url = new URL(
      '/devhost/probe.html?frame=meetingStage&shared=1',
      window.location.origin,
    ).toString();
    meeting.shareAppContentToStage((error, result) => {
      show(
        'share',
        error ? `error ${error.errorCode} ${error.message ?? ''}` : `ok ${String(result)}`,
      );
    }, url);
  });
}

run().catch((error: unknown) => show('error', message(error)));
