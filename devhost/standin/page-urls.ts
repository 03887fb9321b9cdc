import type { FrameKind } from './frame-context.js';
import type { PageSet } from './view-spec.js';

/** Candor's pages, as the manifest points at them (see the root vite.config.ts). */
const appPages: Record<FrameKind, string> = {
  content: '/tabs/content.html',
  settings: '/tabs/config.html',
  sidePanel: '/meeting-extension/side-panel.html',
  meetingStage: '/meeting-extension/stage.html',
};

/** The page a frame of this kind loads first. The probe page plays every kind itself. */
export function pageUrl(pages: PageSet, kind: FrameKind, origin: string): string {
  const path = pages === 'probe' ? `/devhost/probe.html?frame=${kind}` : appPages[kind];
  return new URL(path, origin).toString();
}
