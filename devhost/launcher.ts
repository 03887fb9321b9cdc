/**
 * `npm start`: builds the front end and the Teams stand-in, then runs Candor in dev mode against the
 * embedded identity provider and fake Graph. Pass `--no-build` to reuse the last build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedDemoDataOnce } from './demo-data/run.js';
import { repoRoot, startDevStack, type DevStack } from './stack.js';
import { ensureTrustedCa } from './trusted-ca.js';

const viteBin = resolve(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const standInConfig = resolve(repoRoot, 'devhost', 'standin', 'vite.config.ts');

function run(args: string[], label: string): Promise<void> {
  console.log(`\n> ${label}: vite ${args.join(' ')}`);
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [viteBin, ...args], { cwd: repoRoot, stdio: 'inherit' });
    proc.once('error', fail);
    proc.once('exit', (code) =>
      code === 0
        ? done()
        : fail(
            new Error(
              `${label} failed (vite exited with code ${code}). Fix the build errors above and run npm start again.`,
            ),
          ),
    );
  });
}

async function build(): Promise<void> {
  await run(['build', '--logLevel', 'warn'], 'Building the app pages');
  if (existsSync(standInConfig)) {
    await run(
      ['build', '--config', standInConfig, '--logLevel', 'warn'],
      'Building the Teams stand-in',
    );
  } else {
    console.warn(`\n! Skipping the Teams stand-in build: ${standInConfig} does not exist yet.`);
  }
}

function banner(stack: DevStack, logLevel: string): string {
  const rule = '─'.repeat(72);
  return [
    '',
    rule,
    '  Candor is running in dev mode (no Microsoft 365 tenant needed).',
    '',
    `  Teams stand-in:    ${stack.appUrl}/devhost/   ← open this`,
    `  App:               ${stack.appUrl}`,
    `  Identity provider: ${stack.idp.url}  (dev only, password for every user: candor-dev)`,
    `  Fake Graph:        ${stack.graph.url}/v1.0`,
    `  Fake Bot Connector: ${stack.bot.serviceUrl}  (a meeting's chat pane shows what the bot posts)`,
    `  Local CA:          ${stack.ca.certPath}  (trust it in the browser for "Add to To Do")`,
    `  Server log level:  ${logLevel}${logLevel === 'warn' ? '  (LOG_LEVEL=info npm start logs every request)' : ''}`,
    '',
    '  Press Ctrl-C to stop everything.',
    rule,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  // The fake Graph checks tokens against the identity provider over https with the dev CA.
  await ensureTrustedCa();
  if (!process.argv.includes('--no-build')) await build();
  const dataDir = resolve(repoRoot, 'data');
  // Before the server starts, so the demo history never races its scheduler.
  await seedDemoDataOnce({ dataDir, databaseUrl: process.env.DATABASE_URL });
  const port = Number(process.env.PORT ?? 3978);
  // Request logs at info bury the banner under thousands of JSON lines; warn keeps the console readable.
  const devLogLevel = process.env.LOG_LEVEL ?? 'warn';
  console.log(`\n> Starting the identity provider, fake Graph and Candor on port ${port}…`);
  // Ctrl-C reaches the server too (same process group), so its exit then is expected.
  let stopping = false;
  const stack = await startDevStack({
    appPort: port,
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    logLevel: devLogLevel,
    onUnexpectedExit: (code) => {
      if (stopping) return;
      stopping = true;
      console.error(
        `\nCandor's server stopped unexpectedly (exit code ${code}). See its output above; run npm start again after fixing it.`,
      );
      void stack.stop().finally(() => process.exit(1));
    },
  });
  console.log(banner(stack, devLogLevel));

  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n> ${signal}: stopping Candor, the fake Graph and the identity provider…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
