/** The pulse schemas (zod) load on first use, like the app's other contracts, to keep first paint lean. */
export type PulseContract = typeof import('./pulse-schemas.js');

let pulse: Promise<PulseContract> | null = null;

export function loadPulseContract(): Promise<PulseContract> {
  pulse ??= import('./pulse-schemas.js');
  return pulse;
}
