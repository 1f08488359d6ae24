/**
 * The `planifica` command: finds the subcommand in the table below and runs it. Every failure
 * ends as one line on stderr and exit code 2, never a stack trace.
 */
import type { Command } from './command';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, processIO, type CliIO } from './io';
import { clip } from './messages';
import { packageVersion } from './version';

/* eslint-disable @typescript-eslint/no-require-imports -- each command loads only when it runs */
/**
 * The subcommands, in the order the help lists them. A new one is one entry here. Each module is
 * loaded when its command runs: `validate` never pays for the model schema, the templates or the
 * diff (module loading was a fifth of a `validate` run).
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Command]> = [
  ['validate', () => (require('./validate') as typeof import('./validate')).validateCommand],
  ['generate', () => (require('./generate') as typeof import('./generate')).generateCommand],
  ['rules', () => (require('./rules') as typeof import('./rules')).rulesCommand],
  ['fix', () => (require('./fix') as typeof import('./fix')).fixCommand],
  ['review', () => (require('./review') as typeof import('./review')).reviewCommand],
  ['diff', () => (require('./diff') as typeof import('./diff')).diffCommand],
];
/* eslint-enable @typescript-eslint/no-require-imports */

function generalUsage(): string {
  const commands = COMMANDS.map(([, load]) => load());
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Uso: planifica <comando> [opciones]',
    '',
    'Comandos:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Opciones generales:',
    '  -h, --help     muestra esta ayuda (o la de un comando: planifica <comando> --help)',
    '  -v, --version  muestra la versión',
    '',
  ].join('\n');
}

/** Node's parseArgs reports misuse with these codes; anything else is a real failure. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Node's parseArgs speaks English: say the same in Spanish, naming the option as typed. */
function argumentErrorMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  // Not `instanceof Error`: Node's own errors may come from another realm (as under Jest).
  const text = String((error as { message?: unknown }).message ?? '');
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  // "-f, --format <value>" → "--format"
  const option = clip(/--[\w-]+/.exec(quoted)?.[0] ?? quoted);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `opción desconocida: ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(text)
      ? `la opción ${option} no lleva valor`
      : `falta el valor de la opción ${option}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argumento inesperado: ${option}`;
  return 'argumentos no válidos';
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h') {
    io.stdout(generalUsage());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find(([name]) => name === first)?.[1]();
  if (!command) {
    io.stderr(
      first === undefined ? generalUsage() : `planifica: comando desconocido: ${clip(first)}\n\n${generalUsage()}`,
    );
    return EXIT_UNREADABLE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      const reason = error instanceof UsageError ? error.message : argumentErrorMessage(error);
      io.stderr(`planifica ${command.name}: ${reason}\n\n${command.usage}`);
      return EXIT_UNREADABLE;
    }
    io.stderr(`planifica: error interno: ${describeError(error)}\n`);
    return EXIT_UNREADABLE;
  }
}
