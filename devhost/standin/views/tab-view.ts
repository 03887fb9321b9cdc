import { h } from '../dom.js';
import type { FrameSpec, InstanceConfig, Place } from '../frame-context.js';
import { frameLabel } from '../frame-context.js';
import type { FrameState } from '../host-handlers.js';
import type { OrgUser } from '../org.js';
import { pageUrl } from '../page-urls.js';
import { noStage, type ViewContext, type ViewHandle } from './view-types.js';

const saveTimeoutMs = 30_000;

export type TabViewOptions = {
  place: Place;
  user: OrgUser;
  heading: string;
  /** Open the configuration page first, as when the tab is being added. */
  configure: boolean;
};

/** A configurable tab: the tab itself, or its configuration page with the host's Save button. */
export function renderTabView(ctx: ViewContext, options: TabViewOptions): ViewHandle {
  const { host } = ctx;
  let tab: InstanceConfig = {
    contentUrl: pageUrl(ctx.pages, 'content', ctx.origin),
    entityId: 'candor',
    suggestedDisplayName: 'Candor',
  };
  let mode: 'tab' | 'configure' = options.configure ? 'configure' : 'tab';
  let frame: { iframe: HTMLIFrameElement; state: FrameState } | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const configureButton = h('button', {
    type: 'button',
    class: 'secondary',
    onclick: () => show('configure'),
  });
  const saveButton = h(
    'button',
    { type: 'button', class: 'primary', disabled: true, onclick: save },
    'Save',
  );
  const cancelButton = h(
    'button',
    { type: 'button', class: 'secondary', onclick: cancel },
    'Cancel',
  );
  const frameSlot = h('div', { class: 'tab-frame' });
  const footer = h('div', { class: 'dialog-footer' }, cancelButton, saveButton);
  const panel = h(
    'section',
    { class: 'tab-panel', 'aria-label': options.heading },
    frameSlot,
    footer,
  );
  const element = h(
    'div',
    { class: 'tab-view' },
    h('div', { class: 'toolbar' }, h('h2', {}, options.heading), configureButton),
    status,
    panel,
  );

  function mount(kind: 'content' | 'settings') {
    unmount();
    const spec: FrameSpec = {
      frameId: `${kind}-${Date.now()}`,
      kind,
      user: options.user,
      place: options.place,
      meetingRole: options.place.kind === 'meeting' ? 'attendee' : null,
      tab: kind === 'content' ? tab : { ...tab },
    };
    const src = kind === 'content' ? tab.contentUrl : pageUrl(ctx.pages, 'settings', ctx.origin);
    const iframe = h('iframe', { title: frameLabel(spec), src });
    frameSlot.append(iframe);
    frame = { iframe, state: host.attach(iframe, spec) };
  }

  function unmount() {
    clearTimeout(saveTimer);
    if (!frame) return;
    host.detach(frame.iframe);
    frame.iframe.remove();
    frame = null;
  }

  function show(next: 'tab' | 'configure') {
    mode = next;
    element.dataset.mode = next;
    configureButton.textContent = 'Configure tab';
    configureButton.hidden = next === 'configure';
    footer.hidden = next === 'tab';
    panel.setAttribute('role', next === 'configure' ? 'dialog' : 'region');
    saveButton.disabled = true;
    mount(next === 'configure' ? 'settings' : 'content');
  }

  function save() {
    if (!frame || mode !== 'configure') return;
    saveButton.disabled = true;
    status.textContent = 'Saving…';
    host.send(frame.state, 'settings.save', [{}]);
    saveTimer = setTimeout(() => {
      status.textContent = `The app did not answer Save within ${saveTimeoutMs / 1000} seconds. It must call notifySuccess() or notifyFailure() from its save handler.`;
      saveButton.disabled = !frame?.state.valid;
    }, saveTimeoutMs);
  }

  function cancel() {
    status.textContent = '';
    show('tab');
  }

  ctx.mount.replaceChildren(element);
  show(mode);
  return {
    element,
    handlers: {
      ...noStage,
      changed(state, what) {
        if (state !== frame?.state) return;
        if (what === 'validity') saveButton.disabled = !state.valid;
        if (what === 'status' && state.status === 'failure') {
          status.textContent = `The app reported a failure: ${state.statusDetail ?? 'no reason given'}.`;
        }
      },
      saveFinished(state, outcome) {
        if (state !== frame?.state) return;
        clearTimeout(saveTimer);
        if (!outcome.ok) {
          status.textContent = `Save failed: ${outcome.reason}`;
          saveButton.disabled = !state.valid;
          return;
        }
        if (!state.pendingConfig) {
          status.textContent =
            'The app reported success but never called setConfig() with a contentUrl. Call pages.config.setConfig() before notifySuccess().';
          return;
        }
        tab = state.pendingConfig;
        status.textContent = 'Tab saved';
        show('tab');
      },
    },
    dispose: unmount,
  };
}
