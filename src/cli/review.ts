/**
 * `planifica review <carpeta|archivos>... --output informe.xlsx [--format xlsx|html|json]
 * [--techos techos.csv] [--force]`: a budget officer's review of many workbooks in one report.
 * Workbooks are validated in parallel (review-pool.ts); one that cannot be read is listed in the
 * report with its reason and does not stop the others.
 *
 * Exit code: 0 report written and no workbook with errors; 1 some workbook has errors; 2 no
 * workbook could be read, or the report (or the ceilings) could not be used.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCeilings, type Ceiling } from '../domain/review/ceilings';
import type { Command } from './command';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, processIO, type CliIO } from './io';
import { expandInputs } from './inputs';
import type { WorkbookReview } from './review-file';
import { formatReviewHtml } from '../domain/review/html';
import { reviewFiles, type PoolOptions } from './review-pool';
import { buildReport, fileLinks, formatReviewJson } from './review-report';
import { writeOutputFile } from './output-file';
import { writeReviewXlsx } from '../xlsx/review-report';

const USAGE = `Uso: planifica review <carpeta|archivo.xlsx>... --output INFORME.xlsx [--format xlsx|html|json] [--techos TECHOS.csv]

Revisa muchos libros del POM/POA a la vez y escribe un informe consolidado: una fila por libro
(institución, plan y años, matrices reconocidas, errores, advertencias, avisos, el problema más
frecuente, el presupuesto por año y los totales de metas), cada hallazgo con un vínculo a su
celda, y los hallazgos contados por regla en todos los libros.

Opciones:
  -o, --output ARCHIVO        el informe (.xlsx, .html o .json)
  -f, --format xlsx|html|json formato del informe (por omisión, según la extensión de --output; si no, xlsx)
  --techos ARCHIVO.csv        techos presupuestarios: institucion,programa,anio,monto (coma o punto y coma)
  --workers N                 hilos de validación (por omisión, uno por núcleo)
  --force                     reemplaza el informe si ya existe
  -h, --help                  muestra esta ayuda

Código de salida: 0 informe escrito y ningún libro con errores, 1 algún libro con errores,
2 si no se pudo leer ningún libro o no se pudo escribir el informe.
`;

const FORMATS = ['xlsx', 'html', 'json'] as const;
type ReviewFormat = (typeof FORMATS)[number];

/** Input the command cannot use: one line on stderr, exit 2. */
class ReviewError extends Error {
  override readonly name = 'ReviewError';
}

function formatOf(given: string | undefined, output: string): ReviewFormat {
  if (given !== undefined) {
    if (!(FORMATS as readonly string[]).includes(given)) {
      throw new UsageError(`formato desconocido: ${given} (use xlsx, html o json)`);
    }
    return given as ReviewFormat;
  }
  const ext = extname(output).slice(1).toLowerCase();
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'json' ? 'json' : 'xlsx';
}

function checkOutput(output: string, inputs: readonly string[], force: boolean): string {
  const path = resolve(output);
  if (inputs.some((input) => resolve(input) === path)) {
    throw new ReviewError(`${output} es uno de los libros revisados: elija otro nombre para el informe`);
  }
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ReviewError(`no existe la carpeta ${dir}`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new ReviewError(`${output} es una carpeta`);
    if (!force) throw new ReviewError(`${output} ya existe; use --force para reemplazarlo`);
  }
  return path;
}

async function readCeilings(file: string): Promise<Ceiling[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ReviewError(
      code === 'ENOENT'
        ? `no existe el archivo de techos ${file}`
        : `no se puede leer ${file}: ${describeError(error)}`,
    );
  }
  const parsed = parseCeilings(text);
  if (!parsed.ok) throw new ReviewError(`${file}: ${parsed.error}`);
  return parsed.ceilings;
}

/** The workbooks named: folders give their .xlsx/.xlsm and also their old .xls (listed as unreadable). */
async function workbookFiles(paths: readonly string[]): Promise<{ files: string[]; problems: WorkbookReview[] }> {
  const inputs = await expandInputs(paths);
  const files = [...inputs.files];
  const problems: WorkbookReview[] = [];
  for (const path of paths) {
    if (!existsSync(path) || !statSync(path).isDirectory()) continue;
    const old = (await readdir(path)).filter((name) => /\.xls$/i.test(name) && !name.startsWith('~$'));
    files.push(...old.map((name) => join(path, name)));
  }
  for (const { path, error } of inputs.problems) {
    // A folder with only .xls files is not a problem of its own: its files are listed.
    if (files.some((file) => dirname(file) === path.replace(/[\\/]+$/, ''))) continue;
    problems.push({ file: path, status: 'unreadable', reason: error.message });
  }
  files.sort((a, b) => a.localeCompare(b, 'es'));
  return { files: [...new Set(files)], problems };
}

/** One line of the progress bar, as wide as the terminal: "[####----] 3/6 plan.xlsx". */
export function progressLine(
  progress: { done: number; started: number; total: number; file: string },
  columns: number,
): string {
  const width = 24;
  const filled = Math.round((progress.done / progress.total) * width);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.started}/${progress.total} ${basename(progress.file)}`;
  return line.slice(0, columns - 1).padEnd(columns - 1);
}

/** On a terminal, the bar redrawn on one line of stderr; elsewhere nothing. */
function progressBar(io: CliIO): PoolOptions['onProgress'] {
  if (io !== processIO || !process.stderr.isTTY) return undefined;
  return (progress) => io.stderr(`\r${progressLine(progress, terminalWidth())}`);
}

function terminalWidth(): number {
  return Math.max(40, process.stderr.columns || 80);
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      techos: { type: 'string' },
      workers: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('indique al menos una carpeta o un archivo .xlsx');
  if (!values.output) throw new UsageError('falta --output INFORME.xlsx');
  const format = formatOf(values.format, values.output);
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
      throw new UsageError(`--workers debe ser un número entero entre 0 y 64 (se recibió «${values.workers}»)`);
    }
  }
  try {
    const found = await workbookFiles(positionals);
    // Last season's report, kept in the folder it reviewed, is not one of the workbooks to review.
    const reportPath = resolve(values.output);
    const files = found.files.filter(
      (file) => resolve(file) !== reportPath || positionals.some((p) => resolve(p) === reportPath),
    );
    const problems = found.problems;
    const output = checkOutput(values.output, files, values.force === true);
    const ceilings = values.techos ? await readCeilings(values.techos) : [];

    const progress = progressBar(io);
    const reviewed = await reviewFiles(files, { ceilings, workers, onProgress: progress });
    if (progress) io.stderr(`\r${' '.repeat(terminalWidth() - 1)}\r`);
    const all = [...reviewed, ...problems];
    const read = all.filter((w) => w.status === 'reviewed');
    for (const w of all) if (w.status === 'unreadable') io.stderr(`planifica: ${w.file}: ${w.reason}\n`);
    if (read.length === 0) {
      io.stderr('planifica review: no se pudo leer ningún libro; no se escribió el informe\n');
      return EXIT_UNREADABLE;
    }

    const report = buildReport(all);
    let bytes: Uint8Array | string;
    if (format === 'xlsx') bytes = await writeReviewXlsx(report, fileLinks);
    else if (format === 'html') bytes = formatReviewHtml(report, fileLinks);
    else bytes = formatReviewJson(report);
    try {
      // Through the one writer of the command line: a temporary file renamed into place.
      await writeOutputFile(output, bytes, { force: values.force === true, inputs: files });
    } catch (error) {
      io.stderr(`planifica: ${values.output}: no se puede escribir el informe (${describeError(error)})\n`);
      return EXIT_UNREADABLE;
    }
    const { totals } = report;
    io.stdout(
      `Informe escrito en ${values.output}: ${totals.reviewed} libros revisados (${totals.withErrors} con errores)` +
        `${totals.unreadable > 0 ? `, ${totals.unreadable} no se pudieron leer` : ''}.\n`,
    );
    return totals.withErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof ReviewError) {
      io.stderr(`planifica review: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'revisa muchos libros a la vez y escribe un informe consolidado (.xlsx, .html o .json)',
  usage: USAGE,
  run,
};
