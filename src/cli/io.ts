/**
 * Where the command writes. `main` receives it so tests capture stdout and stderr in memory;
 * the real process uses `processIO`.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Exit codes of CONTRACT.md. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** Misuse of the command line (unknown option, missing argument): usage on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One line, no stack trace: what the user reads when something unexpected breaks. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0].trim();
  if (line === '') return 'error desconocido';
  return line.length <= 200 ? line : `${line.slice(0, 199)}…`;
}
