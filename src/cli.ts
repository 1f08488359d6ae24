/** Entry point of the `planifica` command (dist/cli.js). */
import { preferExcelJsBundle } from './cli/exceljs-bundle';

// Before anything requires ExcelJS (see exceljs-bundle.ts).
preferExcelJsBundle();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require('./cli/main') as typeof import('./cli/main');

// A reader that stops early (`planifica validate … | head`) closes the pipe: that is not a
// failure worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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
