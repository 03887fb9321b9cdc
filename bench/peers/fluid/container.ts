import { TinyliciousClient } from '@fluidframework/tinylicious-client';
import { ConnectionState, type IFluidContainer } from 'fluid-framework';
import { SharedMap } from 'fluid-framework/legacy';

/** One SharedMap per document, as the peer asks. */
export const schema = { initialObjects: { map: SharedMap } };

// Fluid's default logger prints telemetry errors, such as the summarizer's last summary failing
// when the service stops at the end of a run; lost or late values show up in the figures instead.
const quiet = { send: () => undefined };

export const fluidClient = (port: number) =>
  new TinyliciousClient({ connection: { port, domain: 'http://127.0.0.1' }, logger: quiet });

export function connected(container: IFluidContainer): Promise<void> {
  if (container.connectionState === ConnectionState.Connected) return Promise.resolve();
  return new Promise((resolve) => container.once('connected', () => resolve()));
}
