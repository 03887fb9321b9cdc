/**
 * The Teams locale that API requests and the live stream carry as `Accept-Language`, so the
 * server answers (errors, summary, CSV) in the user's language. Set once the host context is read.
 */
let hostLocale = '';

export function setRequestLanguage(locale: string): void {
  hostLocale = locale.trim();
}

/** The `Accept-Language` value, or '' before Teams has told us the locale. */
export function requestLanguage(): string {
  return hostLocale;
}
