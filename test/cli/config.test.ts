/**
 * planifica.config.json: severity ceilings per rule (a flag beats the file), the institution's
 * own units (generate accepts them in a model, validate stops flagging them), plan years for
 * generate, and clear Spanish errors for what is wrong in the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig } from '../../src/cli/config';
import { applySettings } from '../../src/core/settings';
import type { Finding } from '../../src/core';
import { readXlsx } from '../../src/xlsx/read';
import { buildXlsx } from '../support/xlsx';
import { runCli } from './run-cli';

const EXAMPLE = join(__dirname, '../../examples/igm-pom-2026-2030.json');

let dir: string;
const file = (name: string): string => join(dir, name);
const config = (content: unknown): string => {
  writeFileSync(file('planifica.config.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return file('planifica.config.json');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const finding = (rule: string, severity: Finding['severity']): Finding => ({
  rule,
  kind: 'total-mismatch',
  severity,
  sheet: 'Metas',
  range: 'A1',
  message: 'm',
  messageId: 'x',
});

describe('applySettings', () => {
  const findings = [
    finding('totals/stale-total', 'error'),
    finding('totals/hardcoded-total', 'warning'),
    finding('formulas/error-value', 'error'),
  ];

  it('lowers to the ceiling and never raises', () => {
    const out = applySettings(findings, { rules: { 'totals/*': 'warning', 'formulas/error-value': 'info' } });
    expect(out.map((f) => f.severity)).toEqual(['warning', 'warning', 'info']);
    const raised = applySettings(findings, { rules: { 'totals/hardcoded-total': 'error' } });
    expect(raised[1].severity).toBe('warning');
  });

  it('drops a rule set to "off", and an exact id beats its group', () => {
    const out = applySettings(findings, { rules: { 'totals/*': 'off', 'totals/stale-total': 'error' } });
    expect(out.map((f) => f.rule)).toEqual(['totals/stale-total', 'formulas/error-value']);
  });
});

describe('findConfig', () => {
  it('finds planifica.config.json in the folder or a parent', () => {
    mkdirSync(file('a/b'), { recursive: true });
    expect(findConfig(file('a/b'))).toBeUndefined();
    config({});
    expect(findConfig(file('a/b'))).toBe(file('planifica.config.json'));
  });
});

describe('validate with a configuration', () => {
  let workbook: string;
  beforeEach(async () => {
    workbook = file('libro.xlsx');
    writeFileSync(
      workbook,
      await buildXlsx({
        sheets: [
          {
            name: 'Metas',
            rows: [
              ['Producto', 2026],
              ['Vacunas', { error: '#REF!' }],
            ],
          },
        ],
      }),
    );
  });

  it('lowers a rule to a warning (exit 0), and a --rule flag beats the file', async () => {
    const before = await runCli('validate', workbook, '--format', 'json');
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).findings.some((f: Finding) => f.rule === 'formulas/error-value')).toBe(true);

    const path = config({ rules: { 'formulas/error-value': 'warning' } });
    const lowered = await runCli('validate', workbook, '--format', 'json', '--config', path);
    const report = JSON.parse(lowered.stdout);
    expect(
      report.findings.filter((f: Finding) => f.rule === 'formulas/error-value').map((f: Finding) => f.severity),
    ).toEqual(['warning']);
    expect(report.summary.errors).toBe(report.findings.filter((f: Finding) => f.severity === 'error').length);

    const flag = await runCli(
      'validate',
      workbook,
      '--format',
      'json',
      '--config',
      path,
      '--rule',
      'formulas/error-value=off',
    );
    expect(JSON.parse(flag.stdout).findings.some((f: Finding) => f.rule === 'formulas/error-value')).toBe(false);
    const back = await runCli('validate', workbook, '--config', path, '--rule', 'formulas/error-value=error');
    expect(back.code).toBe(1);
  });

  it.each([
    [
      { rule: {} },
      /planifica\.config\.json: la configuración no es válida: \(modelo\): campo\(s\) desconocido\(s\): rule$/,
    ],
    [
      { rules: { 'totals/stale-total': 'fatal' } },
      /rules\.totals\/stale-total: valor no admitido: "fatal"; se admite "error", "warning", "info", "off"$/,
    ],
    [{ rules: { 'totals/no-existe': 'off' } }, /rules\.totals\/no-existe: no existe esa regla/],
    [{ catalogs: { units: 'Delegación' } }, /catalogs\.units: se esperaba una lista y se recibió un texto$/],
    [{ years: { from: 2026, to: 2020 } }, /years: los años van de "from" a "to"/],
    ['{"rules": {', /no es JSON válido: el archivo termina antes/],
  ])('refuses %j in one Spanish line', async (content, message) => {
    const path = config(content);
    const run = await runCli('validate', workbook, '--config', path);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(message), '']);
  });

  it('says when --config names a file that does not exist', async () => {
    const run = await runCli('validate', workbook, '--config', file('no.json'));
    expect(run).toMatchObject({
      code: 2,
      stderr: `planifica validate: ${file('no.json')}: no se puede leer la configuración (no existe)\n`,
    });
  });

  it('refuses a malformed --rule flag', async () => {
    const run = await runCli('validate', workbook, '--rule', 'formulas/error-value');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rule formulas\/error-value: use la forma regla=error\|warning\|info\|off\n$/);
  });
});

describe('the institution’s own units', () => {
  it('generate accepts them in a model and validate stops flagging them', async () => {
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { products: { unit: string }[] };
    model.products[1].unit = 'Delegación';
    writeFileSync(file('modelo.json'), JSON.stringify(model));
    const refused = await runCli('generate', '--model', file('modelo.json'), '--output', file('plan.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/products\[1\]\.unit: la unidad de medida "Delegación" no está en el catálogo/);

    const path = config({ catalogs: { units: ['Delegación'] } });
    const generated = await runCli(
      'generate',
      '--model',
      file('modelo.json'),
      '--output',
      file('plan.xlsx'),
      '--config',
      path,
    );
    expect(generated.code).toBe(0);

    const unitFindings = async (...extra: string[]) =>
      JSON.parse((await runCli('validate', file('plan.xlsx'), '--format', 'json', ...extra)).stdout).findings.filter(
        (f: Finding) => f.rule === 'catalog/unit-of-measure',
      );
    // Without the settings, the workbook's own unit list still makes «Delegación» acceptable in
    // it, and one info says the workbook brought it; with them, there is nothing to say.
    const unsettled = await unitFindings();
    expect(unsettled.map((f: Finding) => [f.messageId, f.severity])).toEqual([['extended', 'info']]);
    expect(await unitFindings('--config', path)).toEqual([]);
  });

  it('generate takes the plan years from the file, and --years beats it', async () => {
    const path = config({ years: { from: 2031, to: 2033 } });
    expect((await runCli('generate', '--blank', '--output', file('a.xlsx'), '--config', path)).code).toBe(0);
    const years = (await readXlsx(readFileSync(file('a.xlsx')))).sheets.flatMap((s) => s.cells.map((c) => c.value));
    expect(years).toContain(2033);
    expect(years).not.toContain(2034);
    expect(
      (await runCli('generate', '--blank', '--years', '2040', '--output', file('b.xlsx'), '--config', path)).code,
    ).toBe(0);
    const one = (await readXlsx(readFileSync(file('b.xlsx')))).sheets.flatMap((s) => s.cells.map((c) => c.value));
    expect(one).toContain(2040);
    expect(one).not.toContain(2031);
  });
});
