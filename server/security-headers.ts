import type { FastifyInstance } from 'fastify';

/**
 * Who may frame Candor: itself (the dev host's Teams stand-in is served from the app's own origin)
 * and exactly the hosts Microsoft documents for Teams apps that run in Teams, Outlook and the
 * Microsoft 365 app, "Set Content Security Policy headers to allow Teams and any other host
 * applications of your app":
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements
 * Nothing more: each extra wildcard is one more site that could frame Candor for clickjacking.
 */
export const frameAncestors = [
  "'self'",
  // All hosts (the cloud.microsoft domain Teams, Outlook and Microsoft 365 are moving to).
  'https://*.cloud.microsoft',
  // Teams.
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  // The Microsoft 365 app.
  'https://*.microsoft365.com',
  'https://*.office.com',
  // Outlook.
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/** The Graph root the client calls with the person's own delegated token (Microsoft To Do, #16). */
const defaultGraphBaseUrl = new URL('https://graph.microsoft.com');

export function contentSecurityPolicy(
  publicUrl: URL,
  graphBaseUrl: URL = defaultGraphBaseUrl,
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI (Griffel) inserts style rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // teams-js fetches its list of valid host origins from this CDN at start; the client adds action
    // items to the owner's Microsoft To Do at the Graph root itself.
    `connect-src 'self' ${publicUrl.origin} https://res.cdn.office.net ${graphBaseUrl.origin}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Headers that keep the app safe while letting Teams, Office and Outlook frame it. No X-Frame-Options: it would forbid that framing. */
export function registerSecurityHeaders(
  app: FastifyInstance,
  publicUrl: URL,
  graphBaseUrl?: URL,
): void {
  const csp = contentSecurityPolicy(publicUrl, graphBaseUrl);
  const https = publicUrl.protocol === 'https:';
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', csp);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-site');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
