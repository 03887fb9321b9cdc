import { runAdmin } from './cli.js';

process.exitCode = await runAdmin(process.argv.slice(2));
