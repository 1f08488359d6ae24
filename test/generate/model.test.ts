import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { modelSpec } from '../../src/cli/generate';
import { modelYears, parseModel, parseModelJson } from '../../src/domain/model';
import { exampleModel } from './example-model';

const EXAMPLE = join(__dirname, '../../examples/igm-pom-2026-2030.json');

/** A deep copy of the example as plain JSON, to break on purpose. */
function raw(): Record<string, unknown> & { products: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(EXAMPLE, 'utf8'));
}

function errorsOf(input: unknown): string[] {
  const parsed = parseModel(input);
  return parsed.ok ? [] : parsed.errors;
}

describe('POM model', () => {
  it('accepts the corrected IGM example, whose figures add up to the budget', () => {
    const model = exampleModel();
    expect(modelYears(model)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const total2026 = model.budget.reduce((sum, p) => sum + p.amounts['2026'], 0);
    expect(total2026).toBe(569504297);
    const emision = model.products.find((p) => p.name === 'Emisión de Documentos Migratorios');
    expect(emision?.goals['2030'].physical).toBe(1517829);
    const control = model.products.find((p) => p.codes.programa === '12');
    expect(control?.unit).toBe('Persona');
    expect(['2027', '2028', '2030'].map((y) => control?.goals[y].physical)).toEqual([19045289, 20852267, 24997154]);
    const programme11 = model.products.filter((p) => p.codes.programa === '11');
    expect(programme11.map((p) => p.goals['2026'].financial)).toEqual([38495564, 42875172, 4192292]);
    expect(model.indicators.map((i) => i.code)).toEqual(['1.', '2.', '3.', '4.']);
    expect(model.indicators.map((i) => i.baseline.value)).toEqual([83.77, 97.53, 89.49, 88.97]);
  });

  it('names the field at fault in Spanish', () => {
    const input = raw();
    input.products[3].unit = '';
    delete input.products[1].responsible;
    (input.institution as Record<string, unknown>).code = '1120-69';
    expect(errorsOf(input)).toEqual([
      'institution.code: el código tiene la forma 1120-0069-000-000',
      'products[1].responsible: falta este campo (obligatorio)',
      'products[3].unit: no puede estar vacío',
    ]);
  });

  it('rejects unknown fields, wrong types and codes with the wrong number of digits', () => {
    const input = raw();
    (input.products[0] as Record<string, unknown>).colour = 'rojo';
    (input.products[0].codes as Record<string, unknown>).actividad = '1';
    (input.products[2].goals as Record<string, Record<string, unknown>>)['2026'].physical = 'mil';
    expect(errorsOf(input)).toEqual([
      'products[0].codes.actividad: la actividad lleva 3 dígitos ("001")',
      'products[0]: campo(s) desconocido(s): colour',
      'products[2].goals.2026.physical: se esperaba un número y se recibió un texto',
    ]);
  });

  it('checks years against the window and amounts against their product and programme', () => {
    const input = raw();
    const goals = input.products[2].goals as Record<string, unknown>;
    goals['2031'] = goals['2030'];
    const sub = (input.products[3].subproducts as { goals: Record<string, { financial: number }> }[])[0];
    sub.goals['2027'].financial += 1;
    const errors = errorsOf(input);
    expect(errors).toContain('products[2].goals.2031: el año 2031 está fuera de la ventana 2026-2030');
    expect(errors).toContain(
      'products[3].goals.2027.financial: el producto tiene Q4,560,751.00 y sus subproductos suman Q4,560,752.00',
    );
    expect(errors).toHaveLength(2);
  });

  it('checks the products of a programme against its budget, and units against a catalogue', () => {
    const input = raw();
    (input.budget as { amounts: Record<string, number> }[])[1].amounts['2026'] = 85563000;
    expect(errorsOf(input)).toEqual([
      'budget[1].amounts.2026: el programa 11 tiene Q85,563,000.00 y las metas financieras de sus productos suman Q85,563,028.00',
    ]);
    const own = raw();
    own.products[0].unit = 'Gestión migratoria';
    expect(errorsOf(own)).toEqual([
      'products[0].unit: la unidad de medida "Gestión migratoria" no está en el catálogo',
    ]);
    expect(parseModel(own, { extraUnits: ['Gestión migratoria'] }).ok).toBe(true);
  });

  it("accepts the institution's own units from the model or from its settings, and lists them in the workbook", async () => {
    const own = raw();
    (own.products[0].subproducts as { unit: string }[])[0].unit = 'Taller';
    expect(errorsOf(own)).toEqual([
      'products[0].subproducts[0].unit: la unidad de medida "Taller" no está en el catálogo',
    ]);
    expect(parseModel(own, { extraUnits: ['Taller'] }).ok).toBe(true);
    const withField = parseModel({ ...own, extraUnits: ['Taller'] });
    expect(withField.ok).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'planifica-units-'));
    try {
      const file = join(dir, 'pom.json');
      writeFileSync(file, JSON.stringify(own));
      const { spec } = await modelSpec(file, ['Taller', 'Gestión migratoria']);
      const lists = spec.sheets.find((sheet) => sheet.name === 'Listas')!;
      expect(lists.cells.map((c) => c.value)).toEqual(expect.arrayContaining(['Taller', 'Gestión migratoria']));
      await expect(modelSpec(file)).rejects.toThrow(/"Taller" no está en el catálogo/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a JSON syntax error into one Spanish line', () => {
    const parsed = parseModelJson('{ "years": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^el archivo no es JSON válido/);
  });
});
