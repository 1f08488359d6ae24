/**
 * `planifica generate --model` on models a person (or a fuzzer) can write badly: each gives one
 * short Spanish line and exit 2, the plainest cause first, no value echoed whole, and no file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const EXAMPLE = join(__dirname, '../../examples/igm-pom-2026-2030.json');
type Json = Record<string, unknown> & {
  years: { from: number; to: number };
  products: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
};
const example = (): Json => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Json;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-modelo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs generate on `content` and returns the reason after "no es válido: ". */
async function refusal(content: string | Buffer): Promise<string> {
  const model = join(dir, 'modelo.json');
  const output = join(dir, 'salida.xlsx');
  writeFileSync(model, content);
  const run = await runCli('generate', '--model', model, '--output', output);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(existsSync(output)).toBe(false);
  const lines = run.stderr.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('');
  expect(lines[0].length).toBeLessThan(400);
  expect(lines[0]).not.toMatch(/error interno|Error:|expected|received|Unexpected|position/);
  const prefix = `planifica generate: el modelo ${model} no es válido: `;
  expect(lines[0].startsWith(prefix)).toBe(true);
  return lines[0].slice(prefix.length);
}

describe('generate --model with a bad model', () => {
  it('says plainly when the plan’s years go past the goals, and counts the rest', async () => {
    const model = example();
    model.years.to = 2031;
    const reason = await refusal(JSON.stringify(model));
    expect(reason).toMatch(/^years\.to: las metas llegan hasta 2030, pero el plan dice 2031( \(y \d+ más\))?$/);
    expect(reason).not.toMatch(/falta el año/);
  });

  it('caps many errors as "y N más"', async () => {
    const model = example();
    model.products = Array.from({ length: 10_000 }, () => ({ name: '' }));
    expect(await refusal(JSON.stringify(model))).toMatch(
      /^products\[0\]\.name: no puede estar vacío \(y [\d,]+ más\)$/,
    );
  });

  it('refuses control characters that would break the workbook’s XML, naming the field', async () => {
    const model = example();
    model.products[0].name = 'Dirección\uFFFEy Coordinación';
    expect(await refusal(JSON.stringify(model))).toMatch(/^products\[0\]\.name: contiene el carácter U\+FFFE/);
    model.products[0].name = 'Dirección\u0001';
    expect(await refusal(JSON.stringify(model))).toMatch(/^products\[0\]\.name: contiene el carácter U\+0001/);
  });

  it('refuses text longer than an Excel cell holds, and a 10 MB text, without echoing it', async () => {
    const model = example();
    model.products[1].activity = 'a'.repeat(32_768);
    expect(await refusal(JSON.stringify(model))).toBe(
      'products[1].activity: el texto tiene 32,768 caracteres; una celda de Excel admite como máximo 32,767',
    );
    model.products[1].activity = 'b'.repeat(10 * 1024 * 1024);
    expect(await refusal(JSON.stringify(model))).toMatch(/^products\[1\]\.activity: el texto tiene 10,485,760/);
  });

  it('echoes at most 80 characters of a wrong value', async () => {
    const model = example();
    model.indicators[0].category = 'X'.repeat(5000);
    const reason = await refusal(JSON.stringify(model));
    expect(reason).toMatch(/^indicators\[0\]\.category: valor no admitido: "X+…; se admite "RESULTADO", "PRODUCTO"$/);
    expect(reason.match(/X+/)![0].length).toBeLessThan(80);
  });

  it('refuses input nested 10,000 deep before checking its shape', async () => {
    const deep = `{"institution":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(await refusal(deep)).toMatch(/^institution(\[0\])+: el modelo anida más de 32 niveles$/);
  });

  it('explains a JSON syntax error in one Spanish line with line and column', async () => {
    expect(await refusal('{\n  "years": "2026\n}')).toMatch(
      /^el archivo no es JSON válido: un salto de línea o carácter de control dentro de un texto \(línea 2, columna \d+\)$/,
    );
    expect(await refusal('{"years": {"from": 2026,}}')).toBe(
      'el archivo no es JSON válido: se esperaba un nombre de campo entre comillas dobles (línea 1, columna 25)',
    );
    expect(await refusal('{"a": "b')).toMatch(/^el archivo no es JSON válido: un texto sin comillas de cierre/);
    expect(await refusal('')).toBe('el archivo está vacío');
  });

  it('says "número entero", not "int"', async () => {
    const model = example();
    model.years.from = 2026.5;
    expect(await refusal(JSON.stringify(model))).toMatch(/^years\.from: se esperaba un número entero/);
  });

  it('keeps years within 2000-2100', async () => {
    const model = example();
    model.years = { from: 1999, to: 2003 };
    expect(await refusal(JSON.stringify(model))).toMatch(/^years\.from: el año debe estar entre 2000 y 2100/);
    const run = await runCli('generate', '--blank', '--years', '1999', '--output', join(dir, 'x.xlsx'));
    expect(run).toMatchObject({ code: 2, stderr: 'planifica generate: los años «1999» están fuera de 2000-2100\n' });
  });

  it('detects a model saved as Latin-1 instead of reading it garbled', async () => {
    const text = JSON.stringify(example());
    expect(await refusal(Buffer.from(text, 'latin1'))).toMatch(/no está en UTF-8 \(parece Latin-1/);
  });

  it('refuses a "__proto__" key as it refuses "constructor"', async () => {
    const text = JSON.stringify(example()).replace('"goals":{', '"goals":{"__proto__":{"physical":1,"financial":1},');
    expect(await refusal(text)).toMatch(
      /^products\[0\]\.goals\.__proto__: el nombre de campo «__proto__» no está admitido$/,
    );
    const constructor = JSON.stringify(example()).replace(
      '"goals":{',
      '"goals":{"constructor":{"physical":1,"financial":1},',
    );
    expect(await refusal(constructor)).toMatch(/^products\[0\]\.goals\.constructor: /);
  });

  it('accepts the example with a byte-order mark', async () => {
    const output = join(dir, 'bom.xlsx');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    const run = await runCli('generate', '--model', join(dir, 'bom.json'), '--output', output);
    expect(run.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });
});
