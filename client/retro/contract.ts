/** The retro schemas (zod) load on first use, like the app's other contracts, to keep first paint lean. */
export type RetroContract = typeof import('./retro-schemas.js');

let retro: Promise<RetroContract> | null = null;

export function loadRetroContract(): Promise<RetroContract> {
  retro ??= import('./retro-schemas.js');
  return retro;
}
