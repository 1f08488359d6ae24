/**
 * `planifica generate [--years 2026-2030] [--model pom.json] [--blank] --output FILE.xlsx`:
 * writes the standard matrices, from a POM model or blank, to a new .xlsx file. Bad input ends
 * in one Spanish line on stderr and exit 2; an existing file is kept unless --force is given.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { WorkbookSpec } from '../templates/spec';
import type { Command } from './command';
import { ConfigError, loadConfig } from './config';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type CliIO } from './io';
import { clip, describeFileSystemError } from './messages';
import { summarizeErrors } from '../domain/model-errors';
import { OutputFileError, checkOutputFile, writeOutputFile } from './output-file';

const USAGE = `Uso: planifica generate [--years 2026-2030] [--model pom.json] [--blank] --output ARCHIVO.xlsx

Genera las matrices estándar del POM/POA (SEGEPLAN, MINFIN) en un archivo .xlsx nuevo:
presupuesto por programa, metas multianuales, red de categorías programáticas, fichas de
indicadores, indicadores multianuales, resultados, cobertura, vinculación a la PGG y análisis
de políticas, con fórmulas en todos los totales y celdas de comprobación.

Opciones:
  --model ARCHIVO      modelo del POM en JSON (ver examples/igm-pom-2026-2030.json)
  --blank              plantillas vacías (lo predeterminado sin --model)
  --years 2026-2030    años de las plantillas vacías (un año: POA); por omisión, los próximos cinco
  --products N         productos de las plantillas vacías (3)
  --subproducts M      subproductos por producto en las plantillas vacías (2)
  -o, --output ARCHIVO el archivo .xlsx que se escribe
  -c, --config ARCHIVO configuración: años y unidades propias (por omisión: planifica.config.json
                       de esta carpeta o una superior); --years gana al archivo
  --force              reemplaza el archivo si ya existe
`;

const MAX_YEARS = 10;
/** As the model's (src/domain/model.ts), without loading zod at start. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** "2026-2030" → [2026..2030]; "2026" → [2026]. */
export function parseYears(text: string): number[] {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!m) throw new GenerateError(`los años «${clip(text)}» no tienen la forma 2026-2030 o 2026`);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from < MIN_YEAR || to > MAX_YEAR || from > MAX_YEAR || to < MIN_YEAR) {
    throw new GenerateError(`los años «${text}» están fuera de ${MIN_YEAR}-${MAX_YEAR}`);
  }
  if (to < from) throw new GenerateError(`los años «${text}» van hacia atrás`);
  if (to - from + 1 > MAX_YEARS) throw new GenerateError(`los años «${text}» abarcan más de ${MAX_YEARS} años`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Input the command cannot use: one line on stderr, exit 2 (not the usage text). */
class GenerateError extends Error {
  override readonly name = 'GenerateError';
}

function count(text: string | undefined, option: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new GenerateError(`${option} debe ser un número entero entre 0 y ${max} (se recibió «${clip(text)}»)`);
  }
  return n;
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on use: see modelSpec */
const loadModel = () => require('../domain/model') as typeof import('../domain/model');
const loadTemplates = () => require('../templates/build') as typeof import('../templates/build');
const loadWriter = () => require('../xlsx/write') as typeof import('../xlsx/write');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The workbook of a model file. `extraUnits`: the institution's own authorised units (its
 * settings file), accepted besides the catalogue's and the model's own `extraUnits`.
 */
export async function modelSpec(
  file: string,
  extraUnits: readonly string[] = [],
): Promise<{ spec: WorkbookSpec; years: number[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new GenerateError(
      code === 'ENOENT'
        ? `no existe el modelo ${file}`
        : `no se pudo leer el modelo ${file}: ${describeFileSystemError(error)}`,
    );
  }
  // Loaded here, not at start: `planifica validate` never needs the model, templates or writer.
  const { modelYears, parseModelBytes } = loadModel();
  const { buildWorkbookSpec } = loadTemplates();
  const parsed = parseModelBytes(bytes, { extraUnits });
  if (!parsed.ok) throw new GenerateError(`el modelo ${file} no es válido: ${summarizeErrors(parsed.errors)}`);
  return { spec: buildWorkbookSpec(parsed.model, extraUnits), years: modelYears(parsed.model) };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      years: { type: 'string' },
      model: { type: 'string', short: 'm' },
      blank: { type: 'boolean' },
      products: { type: 'string' },
      subproducts: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`argumento inesperado: ${clip(positionals[0])}`);
  if (!values.output) throw new UsageError('falta --output ARCHIVO.xlsx');
  if (values.model && values.blank) throw new UsageError('use --model o --blank, no los dos');
  if (values.model && (values.products || values.subproducts)) {
    throw new UsageError('--products y --subproducts son para las plantillas vacías (--blank)');
  }
  try {
    const { settings } = loadConfig(values.config);
    const configYears = settings.years ? `${settings.years.from}-${settings.years.to}` : undefined;
    const extraUnits = settings.catalogs?.units ?? [];
    const output = { force: values.force === true, extension: '.xlsx', inputs: values.model ? [values.model] : [] };
    const path = checkOutputFile(values.output, output);
    let spec: WorkbookSpec;
    if (values.model) {
      const fromModel = await modelSpec(values.model, extraUnits);
      spec = fromModel.spec;
      if (values.years && parseYears(values.years).join() !== fromModel.years.join()) {
        const own = `${fromModel.years[0]}-${fromModel.years[fromModel.years.length - 1]}`;
        throw new GenerateError(`--years ${values.years} no coincide con los años del modelo (${own})`);
      }
    } else {
      const thisYear = new Date().getFullYear();
      const wanted = values.years ?? configYears ?? `${thisYear + 1}-${thisYear + 5}`;
      const years = parseYears(wanted);
      const { buildBlankSpec } = loadTemplates();
      spec = buildBlankSpec({
        years,
        products: count(values.products, '--products', 3, 200),
        subproductsPerProduct: count(values.subproducts, '--subproducts', 2, 50),
      });
    }
    const { writeWorkbook } = loadWriter();
    const bytes = await writeWorkbook(spec);
    await writeOutputFile(path, bytes, output);
    const matrices = spec.definedNames.filter((n) => n.name.startsWith('PLANIFICA_')).length;
    const sheets = spec.sheets.filter((s) => !s.hidden).length;
    io.stdout(`Se generó ${values.output}: ${matrices} matrices en ${sheets} hojas.\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof GenerateError || error instanceof OutputFileError || error instanceof ConfigError) {
      io.stderr(`planifica generate: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'genera las matrices estándar (desde un modelo JSON o vacías) en un archivo .xlsx',
  usage: USAGE,
  run,
};
