import { createContext, useContext } from 'react';
import type { HostInfo } from './host-info.js';
import type { SaveRequest } from './teams-host.js';
import type { TabConfig } from './tab-config.js';

/** What pages may ask of the host. Pages get it from `useHost()`; only client/ talks to teams-js. */
export type HostValue = {
  /** The Teams context; `theme` follows live theme changes. */
  info: HostInfo;
  stage: {
    canShare: () => Promise<boolean>;
    share: (url: string) => Promise<void>;
  };
  config: {
    onSave: (handler: (save: SaveRequest) => void) => void;
    setValid: (valid: boolean) => void;
    save: (config: TabConfig) => Promise<void>;
  };
};

export const HostContext = createContext<HostValue | null>(null);

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) {
    throw new Error(
      'useHost() needs <AppProviders>. To fix this error, render the page inside it.',
    );
  }
  return value;
}
