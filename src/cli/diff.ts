/**
 * `planifica diff anterior.xlsx nuevo.xlsx [--format text|json|xlsx] [--output ARCHIVO]`: what
 * changed between two versions of one plan, in the plan's terms (src/domain/diff), and whether
 * each change reached every matrix that states the same figure.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffPlans } from '../domain/diff/diff';
import { isXlsxReadError } from '../xlsx/errors';
import type { Command } from './command';
import { formatDiffJson, formatDiffText } from './diff-format';
import { writeDiffXlsx } from './diff-xlsx';
import { writeOutputFile } from './output-file';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, type CliIO } from './io';
import { readWorkbookFile } from './inputs';

const USAGE = `Uso: planifica diff <anterior.xlsx> <nuevo.xlsx> [--format text|json|xlsx] [--output ARCHIVO]

Dice qué cambió entre dos versiones del mismo plan, en los términos del plan: productos y
subproductos añadidos, quitados o renombrados; metas y presupuestos cambiados (año, antes,
después); metas de indicadores y enunciados de resultados cambiados. Para cada cambio, las
matrices donde aparece la misma cifra y NO se cambió. Al final, los cambios de celdas que no
significan nada en el plan (el rango de una fórmula, un número escrito como texto).

Opciones:
  -f, --format text|json|xlsx  formato (por omisión: text; xlsx necesita --output)
  -o, --output ARCHIVO         escribe el resultado en ARCHIVO en lugar de la salida estándar
  --force                      reemplaza ARCHIVO si ya existe
  -h, --help                   muestra esta ayuda

Código de salida: 0 comparación hecha, 2 si un libro no se pudo leer o no se pudo escribir el resultado.
`;

const FORMATS = ['text', 'json', 'xlsx'] as const;
type DiffFormat = (typeof FORMATS)[number];

async function read(file: string) {
  return (await readWorkbookFile(file)).snapshot;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError('indique dos libros: la versión anterior y la nueva');
  const given = values.format ?? (values.output && /\.xlsx$/i.test(values.output) ? 'xlsx' : 'text');
  if (!(FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`formato desconocido: ${given} (use text, json o xlsx)`);
  }
  const format = given as DiffFormat;
  if (format === 'xlsx' && !values.output) throw new UsageError('--format xlsx necesita --output ARCHIVO.xlsx');
  const [beforeFile, afterFile] = positionals;

  let output: string | undefined;
  if (values.output) {
    output = resolve(values.output);
    const fail = (reason: string) => {
      io.stderr(`planifica diff: ${reason}\n`);
      return EXIT_UNREADABLE;
    };
    if (positionals.some((p) => resolve(p) === output)) return fail(`${values.output} es uno de los libros comparados`);
    if (!existsSync(dirname(output))) return fail(`no existe la carpeta ${dirname(output)}`);
    if (existsSync(output) && !values.force) return fail(`${values.output} ya existe; use --force para reemplazarlo`);
  }

  const snapshots = [];
  for (const file of [beforeFile, afterFile]) {
    try {
      snapshots.push(await read(file));
    } catch (error) {
      const reason = isXlsxReadError(error) ? error.message : `error interno: ${describeError(error)}`;
      io.stderr(`planifica: ${file}: ${reason}\n`);
      return EXIT_UNREADABLE;
    }
  }
  const diff = diffPlans(snapshots[0], snapshots[1]);
  const [a, b] = [basename(beforeFile), basename(afterFile)];
  const result: Uint8Array | string =
    format === 'xlsx'
      ? await writeDiffXlsx(diff, a, resolve(afterFile))
      : format === 'json'
        ? formatDiffJson(diff, beforeFile, afterFile)
        : formatDiffText(diff, a, b);
  if (!output) {
    io.stdout(result as string);
    return EXIT_OK;
  }
  try {
    await writeOutputFile(output, result, { force: values.force === true, inputs: [beforeFile, afterFile] });
  } catch (error) {
    io.stderr(`planifica: ${values.output}: no se puede escribir el resultado (${describeError(error)})\n`);
    return EXIT_UNREADABLE;
  }
  io.stdout(
    `Se escribió ${values.output}: ${diff.changes.length} cambios en el plan, ${diff.cellChanges.length} cambios de celdas.\n`,
  );
  return EXIT_OK;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compara dos versiones de un plan: qué cambió y si llegó a todas las matrices',
  usage: USAGE,
  run,
};
