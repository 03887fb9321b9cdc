// Used by m365agents.yml and m365agents.local.yml (`uses: script`): makes each named secret once.
// For every name given that has no value in the environment yet, prints the toolkit's
// `::set-teamsfx-env NAME=value` line; names starting with SECRET_ are kept in env/.env.<env>.user,
// which git ignores. A value that exists is never replaced: rotating CANDOR_HMAC_KEY stops Candor
// recognising old pulse receipts and anonymous card authors (README, "Configure and start the server").
import { randomBytes } from 'node:crypto';

const names = process.argv.slice(2);
for (const name of names) {
  if (!/^SECRET_[A-Z0-9_]+$/.test(name)) {
    console.error(
      `generate-secrets: ${name} must start with SECRET_ so the toolkit keeps it out of git`,
    );
    process.exit(1);
  }
  if (process.env[name]) continue;
  // base64url of 48 random bytes for the HMAC key; hex for a password that goes into a URL.
  const value = name.includes('PASSWORD')
    ? randomBytes(24).toString('hex')
    : randomBytes(48).toString('base64url');
  console.log(`::set-teamsfx-env ${name}=${value}`);
}
