import type { Device, FrameSpec, Theme } from './frame-context.js';
import { frameLabel } from './frame-context.js';
import {
  createFrameState,
  handleRequest,
  type FrameState,
  type HostServices,
} from './host-handlers.js';
import { summarizeArgs, summarizeReply, summarizeRequest } from './log-format.js';
import type { NaaServices } from './naa-host.js';
import { buildEvent, buildResponse, parseAppRequest } from './protocol.js';

export type LogEntry = {
  at: Date;
  direction: 'app → host' | 'host → app';
  frame: string;
  func: string;
  summary: string;
};

/** The UI callbacks the host needs; the rest of HostServices is filled in here. */
export type HostUi = Omit<HostServices, 'sessionId' | 'origin' | 'naa'> & {
  log(entry: LogEntry): void;
};

export type Host = {
  /** Starts answering a frame's messages. The iframe must be in the document already. */
  attach(iframe: HTMLIFrameElement, spec: FrameSpec): FrameState;
  detach(iframe: HTMLIFrameElement): void;
  /** Pushes an event (`{ func, args }`) to one frame. */
  send(frame: FrameState, func: string, args?: unknown[]): void;
  setTheme(theme: Theme): void;
  dispose(): void;
};

type Attached = { iframe: HTMLIFrameElement; state: FrameState; label: string };

/** The host side of the teams-js protocol for every app frame on this page. */
export function createHost(options: {
  theme: Theme;
  ui: HostUi;
  naa?: NaaServices | null;
  device?: Device;
}): Host {
  const { ui } = options;
  let theme = options.theme;
  const origin = window.location.origin;
  const services: HostServices = {
    ...ui,
    sessionId: crypto.randomUUID(),
    origin,
    naa: options.naa ?? null,
    ...(options.device ? { device: options.device } : {}),
  };
  const frames = new Map<Window, Attached>();

  const write = (direction: LogEntry['direction'], label: string, func: string, summary: string) =>
    ui.log({ at: new Date(), direction, frame: label, func, summary });
  const log = (direction: LogEntry['direction'], label: string, func: string, args: unknown[]) =>
    write(direction, label, func, summarizeArgs(args));

  async function onMessage(event: MessageEvent) {
    // Only frames on our own origin that we embedded may talk to the host, as in Teams.
    if (event.origin !== origin || !event.source) return;
    const attached = frames.get(event.source as Window);
    const request = parseAppRequest(event.data);
    if (!attached || !request) return;
    write('app → host', attached.label, request.func, summarizeRequest(request));
    const reply = await handleRequest(attached.state, request, services);
    if (reply === null) return;
    (event.source as Window).postMessage(buildResponse(request, reply), origin);
    write('host → app', attached.label, `${request.func} (reply)`, summarizeReply(request, reply));
  }
  const listener = (event: MessageEvent) => void onMessage(event);
  window.addEventListener('message', listener);

  return {
    attach(iframe, spec) {
      const win = iframe.contentWindow;
      if (!win) throw new Error('Attach the iframe after inserting it into the document.');
      const state = createFrameState(spec, theme);
      frames.set(win, { iframe, state, label: frameLabel(spec) });
      return state;
    },
    detach(iframe) {
      for (const [win, attached] of frames) if (attached.iframe === iframe) frames.delete(win);
    },
    send(frame, func, args = []) {
      for (const [win, attached] of frames) {
        if (attached.state !== frame) continue;
        win.postMessage(buildEvent(func, args), origin);
        log('host → app', attached.label, func, args);
      }
    },
    setTheme(next) {
      theme = next;
      for (const [win, attached] of frames) {
        attached.state.theme = next;
        win.postMessage(buildEvent('themeChange', [next]), origin);
        log('host → app', attached.label, 'themeChange', [next]);
      }
    },
    dispose() {
      window.removeEventListener('message', listener);
      frames.clear();
    },
  };
}
