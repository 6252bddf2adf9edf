// Entry point of dist/cli.js, the `plume` command (see cli/main.ts).
import { main } from './cli/main';

// A reader that stops early (`plume check … | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
