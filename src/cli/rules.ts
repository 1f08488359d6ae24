/** `planifica rules [--format text|json]`: every rule with its kind, severity and description. */
import { parseArgs } from 'node:util';
import { allRules } from '../rules';
import type { Command } from './command';
import { clip } from './messages';
import { EXIT_OK, UsageError, type CliIO } from './io';

const USAGE = `Uso: planifica rules [--format text|json]

Lista todas las reglas: identificador, tipo de hallazgo, severidad y descripción.
`;

const SEVERITY_LABEL = { error: 'error', warning: 'advertencia', info: 'aviso' } as const;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`argumento inesperado: ${clip(positionals[0])}`);
  const format = values.format ?? 'text';
  if (format === 'json') {
    const rules = allRules.map(({ meta }) => ({
      id: meta.id,
      kind: meta.kind,
      severity: meta.severity,
      description: meta.description,
      descriptionEn: meta.descriptionEn,
      fixable: meta.fixable ?? false,
    }));
    io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (format !== 'text') throw new UsageError(`formato desconocido: ${clip(format)} (use text o json)`);

  const idWidth = Math.max(2, ...allRules.map((r) => r.meta.id.length));
  const kindWidth = Math.max(4, ...allRules.map((r) => r.meta.kind.length));
  const severityWidth = Math.max(...Object.values(SEVERITY_LABEL).map((s) => s.length));
  const lines = allRules.map(
    ({ meta }) =>
      `${meta.id.padEnd(idWidth)}  ${meta.kind.padEnd(kindWidth)}  ${SEVERITY_LABEL[meta.severity].padEnd(severityWidth)}  ${meta.description}`,
  );
  lines.push(`${allRules.length} ${allRules.length === 1 ? 'regla' : 'reglas'}`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'lista todas las reglas con su tipo, severidad y descripción',
  usage: USAGE,
  run,
};
