import type { FrameState, HostServices } from '../host-handlers.js';
import type { Host } from '../host.js';
import type { PageSet } from '../view-spec.js';

/** Host callbacks that depend on what the current view shows. */
export type ViewHandlers = Pick<
  HostServices,
  'changed' | 'saveFinished' | 'shareToStage' | 'stopStage' | 'stageState'
>;

/** `mount` is where the view puts its element; frames can only be attached once they are in the document. */
export type ViewContext = { host: Host; pages: PageSet; origin: string; mount: HTMLElement };

export type ViewHandle = {
  element: HTMLElement;
  handlers: ViewHandlers;
  dispose(): void;
};

export const noStage: Pick<ViewHandlers, 'shareToStage' | 'stopStage' | 'stageState'> = {
  shareToStage: () => undefined,
  stopStage: () => undefined,
  stageState: () => ({ isAppSharing: false }),
};

export function ignoreChange(_frame: FrameState, _what: string): void {}
