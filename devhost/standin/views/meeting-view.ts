import { h } from '../dom.js';
import type { FrameSpec } from '../frame-context.js';
import { frameLabel } from '../frame-context.js';
import type { FrameState } from '../host-handlers.js';
import type { OrgMeeting, OrgUser } from '../org.js';
import { pageUrl } from '../page-urls.js';
import { renderChatPane } from './chat-pane.js';
import { ignoreChange, type ViewContext, type ViewHandle } from './view-types.js';

type Mounted = { iframe: HTMLIFrameElement; state: FrameState };

/** Each frame holds a live stream open; over HTTP/1.1 the browser allows six connections per host. */
const connectionsPerHost = 6;

/** Why frames freeze past the browser's per-host limit, or null while there is room for requests. */
export function connectionWarning(frames: number): string | null {
  if (frames < connectionsPerHost) return null;
  return (
    `${frames} frames are open, and each keeps a live connection. The dev server speaks HTTP/1.1, ` +
    `and the browser allows ${connectionsPerHost} connections per host, so panels will stop updating ` +
    `or hang. To fix this, choose at most ${connectionsPerHost - 1} participants, counting the stage ` +
    `as one, and close other Candor tabs.`
  );
}

/** A meeting: one side panel per participant, side by side, and the shared stage below. */
export function renderMeetingView(
  ctx: ViewContext,
  meeting: OrgMeeting,
  participants: OrgUser[],
): ViewHandle {
  const { host } = ctx;
  const place = { kind: 'meeting', meeting } as const;
  const panels: Mounted[] = [];
  let stage: Mounted | null = null;

  const stageStatus = h(
    'p',
    { class: 'status', role: 'status', 'aria-live': 'polite' },
    'Nothing is shared to the stage.',
  );
  const stageButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: toggleStage },
    'Open stage',
  );
  const limitWarning = h('p', { class: 'connection-warning', role: 'alert', hidden: true });
  const panelRow = h('div', { class: 'panel-row' });
  const stageSlot = h('div', { class: 'stage-frame' });
  const stageSection = h(
    'section',
    { class: 'stage', 'aria-label': 'Meeting stage area', hidden: true },
    stageSlot,
  );
  const chat = renderChatPane(meeting.chatId);
  const element = h(
    'div',
    { class: 'meeting-view' },
    h('div', { class: 'toolbar' }, h('h2', {}, meeting.title), stageButton),
    stageStatus,
    limitWarning,
    h('div', { class: 'meeting-row' }, panelRow, chat.element),
    stageSection,
  );

  ctx.mount.replaceChildren(element);
  const organizer = participants.find((u) => u.id === meeting.organizerId);
  participants.forEach((user, index) => {
    const presenter = user.id === meeting.organizerId;
    const spec: FrameSpec = {
      frameId: `side-panel-${index}`,
      kind: 'sidePanel',
      user,
      place,
      meetingRole: presenter ? 'presenter' : 'attendee',
      tab: null,
    };
    const iframe = h('iframe', {
      title: frameLabel(spec),
      src: pageUrl(ctx.pages, 'sidePanel', ctx.origin),
    });
    const column = h(
      'section',
      { class: 'side-panel', 'aria-label': `${user.displayName}'s meeting window` },
      h(
        'header',
        {},
        h('span', { class: 'name' }, user.displayName),
        h(
          'span',
          { class: presenter ? 'badge presenter' : 'badge' },
          presenter ? 'Presenter' : 'Attendee',
        ),
      ),
      iframe,
    );
    panelRow.append(column);
    panels.push({ iframe, state: host.attach(iframe, spec) });
  });

  function showLimitWarning() {
    const message = connectionWarning(panels.length + (stage ? 1 : 0));
    limitWarning.textContent = message ?? '';
    limitWarning.hidden = message === null;
  }
  showLimitWarning();

  function openStage(url: string, viewer: OrgUser, sharedBy: string) {
    closeStage();
    const spec: FrameSpec = {
      frameId: `stage-${Date.now()}`,
      kind: 'meetingStage',
      user: viewer,
      place,
      meetingRole: viewer.id === meeting.organizerId ? 'presenter' : 'attendee',
      tab: null,
    };
    const iframe = h('iframe', { title: frameLabel(spec), src: url });
    stageSlot.append(iframe);
    stageSection.hidden = false;
    stage = { iframe, state: host.attach(iframe, spec) };
    stageButton.textContent = 'Close stage';
    stageStatus.textContent = `Shared to the stage by ${sharedBy}, seen as ${viewer.displayName}.`;
    showLimitWarning();
  }

  function closeStage() {
    if (!stage) return;
    host.detach(stage.iframe);
    stage.iframe.remove();
    stage = null;
    stageSection.hidden = true;
    stageButton.textContent = 'Open stage';
    stageStatus.textContent = 'Nothing is shared to the stage.';
    showLimitWarning();
  }

  function toggleStage() {
    if (stage) return closeStage();
    const viewer = organizer ?? participants[0];
    if (viewer)
      openStage(pageUrl(ctx.pages, 'meetingStage', ctx.origin), viewer, viewer.displayName);
  }

  return {
    element,
    handlers: {
      changed: ignoreChange,
      saveFinished: () => undefined,
      shareToStage(frame, url) {
        openStage(url, frame.spec.user, frame.spec.user.displayName);
      },
      stopStage: closeStage,
      stageState: () => ({ isAppSharing: stage !== null }),
    },
    dispose() {
      chat.dispose();
      closeStage();
      for (const panel of panels) host.detach(panel.iframe);
    },
  };
}
