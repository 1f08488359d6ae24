/** Entry point of the `planifica` command (dist/cli.js). */
import { main } from './cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: never a stack trace for the user.
    process.stderr.write(`planifica: error interno: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
