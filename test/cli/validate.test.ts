/**
 * `planifica validate` and `planifica rules` with two rules made for the test (fake-rules.ts),
 * so that the command's behaviour does not depend on which real rules exist.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { FINDING_KINDS, SEVERITIES } from '../../src/core';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { buildXlsx } from '../support/xlsx';
import { runCli } from './run-cli';

// Hoisted above the imports by Jest: the command sees only the two test rules.
jest.mock('../../src/rules/index', () => jest.requireActual('./fake-rules'));

const findingSchema = z.object({
  rule: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  range: z.string().regex(/^[A-Z]+\d+(:[A-Z]+\d+)?$/),
  message: z.string().min(1),
  expected: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  actual: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  related: z.array(z.object({ sheet: z.string(), range: z.string() })).optional(),
  fix: z.object({ range: z.string(), formula: z.string().optional() }).optional(),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const summarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  sheets: z.number().int(),
  cells: z.number().int(),
  ms: z.number(),
});
const fileReportSchema = z.object({
  file: z.string(),
  findings: z.array(findingSchema),
  summary: summarySchema,
  matrices: z.array(z.object({ type: z.string(), title: z.string(), sheet: z.string(), range: z.string() })),
});
const severalSchema = z.object({ files: z.array(fileReportSchema) }).strict();

let dir: string;
let withErrors: string;
let clean: string;
let onlyWarnings: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-cli-'));
  withErrors = join(dir, 'con-errores.xlsx');
  clean = join(dir, 'limpio.xlsx');
  onlyWarnings = join(dir, 'advertencias.xlsx');
  writeFileSync(
    withErrors,
    await buildXlsx({
      sheets: [
        {
          name: 'Metas Multianuales',
          rows: [
            ['Producto', 2026, 2027],
            ['Vacunas', 10, { formula: 'B2/0', result: { error: '#DIV/0!' } }],
            ['Partos', -5, { error: '#REF!' }],
          ],
        },
        { name: '__proto__', rows: [[{ error: '#N/A' }]] },
      ],
    }),
  );
  writeFileSync(
    clean,
    await buildXlsx({
      sheets: [
        {
          name: 'Metas',
          rows: [
            ['Producto', 2026],
            ['Vacunas', 10],
          ],
        },
      ],
    }),
  );
  writeFileSync(onlyWarnings, await buildXlsx({ sheets: [{ name: 'Metas', rows: [['Saldo', -1]] }] }));
});

describe('planifica validate --format json', () => {
  it('prints the contract object for one file and exits 1 when there are errors', async () => {
    const run = await runCli('validate', withErrors, '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = fileReportSchema.strict().parse(JSON.parse(run.stdout));
    expect(report.file).toBe(withErrors);
    expect(report.summary).toMatchObject({ errors: 3, warnings: 1, infos: 0, sheets: 2 });
    expect(report.findings.map((f) => [f.sheet, f.range, f.rule])).toEqual([
      ['Metas Multianuales', 'C2', 'test/error-cells'],
      ['Metas Multianuales', 'C3', 'test/error-cells'],
      ['Metas Multianuales', 'B3', 'test/negative'],
      ['__proto__', 'A1', 'test/error-cells'],
    ]);
    expect(report.findings[0]).toMatchObject({ messageId: 'shows', data: { error: '#DIV/0!' }, actual: '#DIV/0!' });
  });

  it('exits 0 when there are only warnings or nothing', async () => {
    expect((await runCli('validate', onlyWarnings, '--format', 'json')).code).toBe(0);
    const run = await runCli('validate', clean, '-f', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('lists several files under "files", and a folder as every .xlsx in it', async () => {
    const several = severalSchema.parse(
      JSON.parse((await runCli('validate', clean, withErrors, '--format=json')).stdout),
    );
    expect(several.files.map((f) => f.file)).toEqual([clean, withErrors]);

    writeFileSync(join(dir, '~$limpio.xlsx'), 'lock file');
    writeFileSync(join(dir, 'notas.txt'), 'no');
    const folder = await runCli('validate', dir, '--format', 'json');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe('');
    const files = severalSchema.parse(JSON.parse(folder.stdout)).files.map((f) => f.file);
    expect(files).toEqual([onlyWarnings, withErrors, clean]);
  });

  it('writes the report to --output instead of stdout', async () => {
    const output = join(dir, 'informe.json');
    const run = await runCli('validate', withErrors, '--format', 'json', '--output', output);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(fileReportSchema.parse(JSON.parse(readFileSync(output, 'utf8'))).summary.errors).toBe(3);
  });
});

describe('planifica validate --format text', () => {
  it('groups findings by sheet, in Spanish, with cells, severities and counts', async () => {
    const run = await runCli('validate', withErrors);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Archivo: ${withErrors}`);
    expect(lines[1]).toBe('  Hoja «Metas Multianuales»');
    expect(lines[2]).toMatch(/^ {4}C2 +error +La celda muestra #DIV\/0!\. \(test\/error-cells\)$/);
    expect(lines[3]).toMatch(/^ {4}C3 +error +La celda muestra #REF!\. \(test\/error-cells\)$/);
    expect(lines[4]).toMatch(/^ {4}B3 +advertencia +El valor -5 es negativo\. \(test\/negative\)$/);
    expect(run.stdout).toContain('  Hoja «__proto__»');
    expect(run.stdout).toContain('Matrices reconocidas: ninguna');
    expect(run.stdout).toMatch(/Resultado: 3 errores, 1 advertencia, 0 avisos en 2 hojas y \d+ celdas/);
  });

  it('says when a file has no findings, and totals several files', async () => {
    const run = await runCli('validate', clean, onlyWarnings);
    expect(run.stdout).toContain('Sin hallazgos.');
    expect(run.stdout).toMatch(/Total: 2 archivos, 0 errores, 1 advertencia, 0 avisos\n$/);
  });
});

describe('planifica validate --format sarif', () => {
  it('writes SARIF 2.1.0 with rules, levels, messages and cell locations', async () => {
    const run = await runCli('validate', withErrors, '--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('planifica');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['test/error-cells', 'test/negative']);
    expect(driver.rules[0]).toMatchObject({
      shortDescription: { text: 'Señala las celdas con error.' },
      helpUri: 'docs/rules/test/error-cells.md',
      defaultConfiguration: { level: 'error' },
    });
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'warning', 'error']);
    expect(results[2]).toMatchObject({
      ruleId: 'test/negative',
      ruleIndex: 1,
      message: { text: 'El valor -5 es negativo.' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: expect.stringMatching(/con-errores\.xlsx$/) } },
          logicalLocations: [{ fullyQualifiedName: "'Metas Multianuales'!B3" }],
        },
      ],
    });
  });

  it('has no results for a clean file, and maps info findings to "note"', async () => {
    const run = await runCli('validate', clean, '--format', 'sarif');
    expect(JSON.parse(run.stdout).runs[0].results).toEqual([]);
    const info = {
      rule: 'test/negative',
      kind: 'out-of-range',
      severity: 'info',
      sheet: 'S',
      range: 'A1',
      message: 'm',
      messageId: 'negative',
    } as const;
    const summary = { errors: 0, warnings: 0, infos: 1, sheets: 1, cells: 1, ms: 0 };
    const log = JSON.parse(formatSarif([{ file: 'a b.xlsx', findings: [info], summary, matrices: [] }], [], '1.0.0'));
    expect(log.runs[0].results[0]).toMatchObject({
      level: 'note',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a%20b.xlsx' } } }],
    });
  });
});

describe('planifica rules', () => {
  it('lists every rule with kind, severity and description', async () => {
    const run = await runCli('rules');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/test\/error-cells +error-value +error +Señala las celdas con error\./);
    expect(run.stdout).toMatch(/test\/negative +out-of-range +advertencia +Señala los números negativos\./);
    const json = JSON.parse((await runCli('rules', '--format', 'json')).stdout);
    expect(json.rules[1]).toMatchObject({ id: 'test/negative', kind: 'out-of-range', severity: 'warning' });
  });
});
