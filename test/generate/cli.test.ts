import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';

const EXAMPLE = join(__dirname, '../../examples/igm-pom-2026-2030.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-generate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('planifica generate', () => {
  it('writes the matrices of a model, which validate without findings', async () => {
    const output = join(dir, 'pom.xlsx');
    const result = await run('generate', '--model', EXAMPLE, '--output', output);
    expect(result).toEqual({ code: 0, stdout: `Se generó ${output}: 12 matrices en 10 hojas.\n`, stderr: '' });
    const validation = validateWorkbook(await readXlsx(readFileSync(output)));
    expect(validation.findings).toEqual([]);
    expect(validation.matrices.every((m) => m.generated)).toBe(true);
  });

  it('writes blank templates for a one-year POA', async () => {
    const output = join(dir, 'poa.xlsx');
    const result = await run('generate', '--blank', '--years', '2026', '--products', '2', '--output', output);
    expect(result.code).toBe(0);
    const snapshot = await readXlsx(readFileSync(output));
    const goals = snapshot.sheets.find((s) => s.name === '9.5 Productos y metas')!;
    expect(goals.cells.find((c) => c.row === 4 && c.col === 3)?.value).toBe(2026);
    expect(validateWorkbook(snapshot).findings).toEqual([]);
  });

  it('never overwrites a file without --force', async () => {
    const output = join(dir, 'existe.xlsx');
    writeFileSync(output, 'no tocar');
    const refused = await run('generate', '--blank', '--years', '2026-2030', '--output', output);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`planifica generate: ${output} ya existe; use --force para reemplazarlo\n`);
    expect(readFileSync(output, 'utf8')).toBe('no tocar');
    const forced = await run('generate', '--blank', '--years', '2026-2030', '--output', output, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['--years', '2030-2026'], 'los años «2030-2026» van hacia atrás'],
    [['--years', '26-30'], 'los años «26-30» no tienen la forma 2026-2030 o 2026'],
    [['--years', '2026-2040'], 'los años «2026-2040» abarcan más de 10 años'],
    [['--products', 'tres'], '--products debe ser un número entero entre 0 y 200 (se recibió «tres»)'],
  ])('refuses %j with one Spanish line', async (options, reason) => {
    const output = join(dir, 'x.xlsx');
    const result = await run('generate', ...options, '--output', output);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `planifica generate: ${reason}\n` });
    expect(existsSync(output)).toBe(false);
  });

  it('names the field at fault of an invalid model, and refuses an output that is not .xlsx', async () => {
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    model.products[3].unit = '';
    const file = join(dir, 'malo.json');
    writeFileSync(file, JSON.stringify(model));
    const invalid = await run('generate', '--model', file, '--output', join(dir, 'x.xlsx'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toBe(
      `planifica generate: el modelo ${file} no es válido: products[3].unit: no puede estar vacío\n`,
    );

    writeFileSync(file, '{ "years": ');
    const broken = await run('generate', '--model', file, '--output', join(dir, 'x.xlsx'));
    expect(broken.stderr).toMatch(/^planifica generate: el modelo .* no es válido: el archivo no es JSON válido/);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);

    const missing = await run('generate', '--model', join(dir, 'no.json'), '--output', join(dir, 'x.xlsx'));
    expect(missing.stderr).toBe(`planifica generate: no existe el modelo ${join(dir, 'no.json')}\n`);

    const notXlsx = await run('generate', '--blank', '--output', join(dir, 'x.csv'));
    expect(notXlsx.stderr).toBe(
      `planifica generate: el archivo de salida debe terminar en .xlsx: ${join(dir, 'x.csv')}\n`,
    );

    const mismatch = await run('generate', '--model', EXAMPLE, '--years', '2027-2031', '--output', join(dir, 'x.xlsx'));
    expect(mismatch.stderr).toBe(
      'planifica generate: --years 2027-2031 no coincide con los años del modelo (2026-2030)\n',
    );
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('explains its usage when --output is missing', async () => {
    const result = await run('generate', '--blank');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^planifica generate: falta --output ARCHIVO.xlsx\n\nUso: planifica generate/);
  });
});
