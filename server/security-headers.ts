import type { FastifyInstance } from 'fastify';

/** Host origins that may frame Candor: Teams (work, school, personal, government), Office and Outlook. */
export const frameAncestors = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://teams.live.com',
  'https://*.teams.live.com',
  'https://*.teams.microsoft.us',
  'https://gov.teams.microsoft.us',
  'https://dod.teams.microsoft.us',
  'https://*.skype.com',
  'https://*.office.com',
  'https://office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.outlook.com',
  'https://outlook.live.com',
];

export function contentSecurityPolicy(publicUrl: URL): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI (Griffel) inserts style rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // teams-js fetches its list of valid host origins from this CDN at start.
    `connect-src 'self' ${publicUrl.origin} https://res.cdn.office.net`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Headers that keep the app safe while letting Teams, Office and Outlook frame it. No X-Frame-Options: it would forbid that framing. */
export function registerSecurityHeaders(app: FastifyInstance, publicUrl: URL): void {
  const csp = contentSecurityPolicy(publicUrl);
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
