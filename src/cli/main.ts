/**
 * The `planifica` command: finds the subcommand in the table below and runs it. Every failure
 * ends as one line on stderr and exit code 2, never a stack trace.
 */
import type { Command } from './command';
import { fixCommand } from './fix';
import { generateCommand } from './generate';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, processIO, type CliIO } from './io';
import { rulesCommand } from './rules';
import { validateCommand } from './validate';
import { packageVersion } from './version';

/** The subcommands, in the order the help lists them. A new one is one entry here. */
const COMMANDS: readonly Command[] = [validateCommand, generateCommand, rulesCommand, fixCommand];

function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Uso: planifica <comando> [opciones]',
    '',
    'Comandos:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
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

/** Node's parseArgs speaks English: say the same in Spanish, naming the option. */
function argumentErrorMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const option = /'([^']+)'/.exec(describeError(error))?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `opción desconocida: ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `falta el valor de la opción ${option}`;
  return describeError(error);
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
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(first === undefined ? generalUsage() : `planifica: comando desconocido: ${first}\n\n${generalUsage()}`);
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
