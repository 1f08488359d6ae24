/** `planifica validate <file.xlsx|folder>... [--format text|json|sarif] [--output FILE]` */
import { parseArgs } from 'node:util';
import { applySettings, resummarize, type ApplyOptions } from '../core/settings';
import { allRules } from '../rules';
import { validateWorkbook } from '../rules/run';
import { settingsOptions } from '../rules/settings';
import { isXlsxReadError } from '../xlsx/errors';
import type { Command } from './command';
import { ConfigError, loadConfig, parseRuleFlags } from './config';
import { clip } from './messages';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, describeError, type CliIO } from './io';
import { expandInputs, readWorkbookFile } from './inputs';
import { OutputFileError, checkOutputFile, writeOutputFile } from './output-file';
import { OUTPUT_FORMATS, type FileReport, type OutputFormat } from './report';
import { packageVersion } from './version';

const USAGE = `Uso: planifica validate <archivo.xlsx|carpeta>... [--format text|json|sarif] [--output ARCHIVO] [--config ARCHIVO]

Valida libros de Excel con las matrices del POM/POA. Una carpeta equivale a todos sus .xlsx.

Opciones:
  -f, --format text|json|sarif   formato del informe (por omisión: text)
  -o, --output ARCHIVO           escribe el informe en ARCHIVO en lugar de la salida estándar
  -c, --config ARCHIVO           configuración (por omisión: planifica.config.json de esta carpeta o una superior)
      --rule REGLA=NIVEL         severidad máxima de una regla: error, warning, info u off (se repite; gana al archivo)
      --force                    reemplaza ARCHIVO si ya existe (nunca uno de los libros validados)
  -h, --help                     muestra esta ayuda

Código de salida: 0 sin errores, 1 con errores, 2 si algún archivo no se pudo leer.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

async function validateFile(file: string, settings: ApplyOptions): Promise<FileReport> {
  const { snapshot } = await readWorkbookFile(file);
  const result = validateWorkbook(snapshot);
  const findings = applySettings(result.findings, settings);
  return { file, findings, summary: resummarize(findings, result.summary), matrices: result.matrices };
}

/** The settings of the run: the config file, then the --rule flags over it. */
function runSettings(config: string | undefined, ruleFlags: readonly string[]): ApplyOptions {
  const { settings } = loadConfig(config);
  return settingsOptions({ ...settings, rules: { ...settings.rules, ...parseRuleFlags(ruleFlags) } });
}

function render(format: OutputFormat, reports: FileReport[], several: boolean): string {
  if (format === 'json') return formatJson(reports, several);
  if (format === 'sarif') return formatSarif(reports, allRules, packageVersion());
  return formatText(reports);
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const format = values.format ?? 'text';
  if (!isOutputFormat(format)) throw new UsageError(`formato desconocido: ${clip(format)} (use text, json o sarif)`);
  if (positionals.length === 0) throw new UsageError('indique al menos un archivo .xlsx o una carpeta');
  if (values.output === '') throw new UsageError('--output necesita un nombre de archivo');

  let settings: ApplyOptions;
  try {
    settings = runSettings(values.config, values.rule ?? []);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`planifica validate: ${error.message}\n`);
    return EXIT_UNREADABLE;
  }

  const inputs = await expandInputs(positionals);
  const force = values.force === true;
  if (values.output !== undefined) {
    try {
      checkOutputFile(values.output, { force, inputs: inputs.files });
    } catch (error) {
      if (!(error instanceof OutputFileError)) throw error;
      io.stderr(`planifica validate: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
  }
  let unreadable = inputs.problems.length;
  for (const { path, error } of inputs.problems) io.stderr(`planifica: ${path}: ${error.message}\n`);

  const reports: FileReport[] = [];
  for (const file of inputs.files) {
    try {
      reports.push(await validateFile(file, settings));
    } catch (error) {
      unreadable++;
      const reason = isXlsxReadError(error) ? error.message : `error interno: ${describeError(error)}`;
      io.stderr(`planifica: ${file}: ${reason}\n`);
    }
  }

  if (reports.length > 0) {
    const several = inputs.folder || inputs.files.length + inputs.problems.length > 1;
    const text = render(format, reports, several);
    if (values.output) {
      try {
        await writeOutputFile(values.output, text, { force, inputs: inputs.files });
      } catch (error) {
        if (!(error instanceof OutputFileError)) throw error;
        io.stderr(`planifica validate: ${error.message}\n`);
        return EXIT_UNREADABLE;
      }
    } else {
      io.stdout(text);
    }
  }
  if (unreadable > 0) return EXIT_UNREADABLE;
  return reports.some((report) => report.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'valida libros .xlsx (o todos los de una carpeta) y lista los hallazgos',
  usage: USAGE,
  run,
};
