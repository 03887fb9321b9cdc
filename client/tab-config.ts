import { isMeetingSurface, type HostInfo } from './host-info.js';

/** What the configuration page hands to Teams' `setConfig`. */
export type TabConfig = {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
};

export type TabSurface = 'channel' | 'meeting';

export function tabSurface(info: HostInfo): TabSurface {
  return isMeetingSurface(info) ? 'meeting' : 'channel';
}

/**
 * The one configurable tab serves both places: channels get the pulses tab, meetings the side
 * panel page, which renders the right view for each meeting frame context.
 */
export function tabConfigFor(surface: TabSurface, origin: string): TabConfig {
  const contentUrl =
    surface === 'channel'
      ? `${origin}/tabs/content.html`
      : `${origin}/meeting-extension/side-panel.html`;
  return {
    entityId: `candor-${surface}`,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: 'Candor',
  };
}
