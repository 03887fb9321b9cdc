import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from './host-info.js';

/** The dark and high-contrast themes load on demand: most people use the light one. */
export function loadFluentTheme(theme: HostTheme): Promise<Theme> {
  if (theme === 'dark') return import('./theme-dark.js').then((m) => m.teamsDarkTheme);
  if (theme === 'contrast')
    return import('./theme-contrast.js').then((m) => m.teamsHighContrastTheme);
  return Promise.resolve(teamsLightTheme);
}

export const defaultTheme: Theme = teamsLightTheme;

/** Before Teams says which theme it uses, follow the system's, so dark users see no white flash. */
export function systemTheme(): HostTheme {
  if (typeof matchMedia !== 'function') return 'default';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}
