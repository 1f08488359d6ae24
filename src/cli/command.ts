/**
 * A subcommand of `planifica`. main.ts holds the table of commands; adding one (e.g.
 * `generate`) is one entry there and one file here.
 */
import type { CliIO } from './io';

export interface Command {
  name: string;
  /** One line for the general help, Spanish. */
  summary: string;
  /** The command's own usage text, Spanish, shown by `planifica <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
