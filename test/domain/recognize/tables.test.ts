import { WorkbookView } from '../../../src/core';
import { getRecognition, matricesOf } from '../../../src/domain/recognize';
import { workbook } from '../../support/workbook';
import { seedBudget, seedGoals, seedProgrammatic } from './seed-sheets';

describe('budget (§8)', () => {
  const view = new WorkbookView(workbook(seedBudget()));
  const [budget] = matricesOf(view, 'budget');

  it('joins the two tables (2026-2027, 2028-2030) into one budget', () => {
    expect(matricesOf(view, 'budget')).toHaveLength(1);
    expect(budget.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(budget.parts?.map((p) => p.range)).toEqual(['B5:E10', 'B12:F17']);
    expect(budget.range).toBe('B5:E10');
    expect(budget.headerTop).toBe(4);
    expect(budget.headerBottom).toBe(4);
  });

  it('reads programmes with codes as typed, amounts located in their own table', () => {
    expect(budget.programmes.map((p) => [p.code.value, p.description.value])).toEqual([
      ['01', 'Actividades Centrales'],
      ['11', 'Derecho Migratorio'],
      ['12', 'Control Migratorio'],
      ['99', 'Partidas no Asignables a Programas'],
    ]);
    const central = budget.programmes[0];
    expect(central.amounts.map((a) => a.value)).toEqual([292649151, 350187509, 354450852, 355086970, 360306416]);
    expect(central.amounts[0]).toMatchObject({ row: 5, col: 3 });
    expect(central.amounts[2]).toMatchObject({ row: 12, col: 3 });
  });

  it('finds the total rows', () => {
    expect(budget.total?.row).toBe(9);
    expect(budget.total?.amounts.map((a) => a.value)).toEqual([569504297, 615467314, 614166687, 615240736, 620810475]);
    expect(budget.total?.amounts[4]).toMatchObject({ row: 16, col: 5 });
  });

  it('reports the plan years', () => {
    expect(getRecognition(view).years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe('goals (§9.5)', () => {
  const view = new WorkbookView(workbook(seedGoals()));
  const [goals] = matricesOf(view, 'goals');

  it('reads the two-row header with "Métro Física" typos', () => {
    expect(goals).toBeDefined();
    expect(goals.headerTop).toBe(1);
    expect(goals.headerBottom).toBe(2);
    expect(goals.range).toBe('A2:L23');
    expect(goals.years).toEqual([
      { year: 2026, headerCol: 2, physicalCol: 2, financialCol: 3 },
      { year: 2027, headerCol: 4, physicalCol: 4, financialCol: 5 },
      { year: 2028, headerCol: 6, physicalCol: 6, financialCol: 7 },
      { year: 2029, headerCol: 8, physicalCol: 8, financialCol: 9 },
      { year: 2030, headerCol: 10, physicalCol: 10, financialCol: 11 },
    ]);
  });

  it('tells products by their "Producto:" prefix and subproducts below them', () => {
    const asistencia = goals.items.findIndex((i) => i.key === 'asistencia y proteccion a las personas migrantes');
    expect(goals.items[asistencia]).toMatchObject({ level: 'product', row: 5, unit: { value: 'Persona' } });
    expect(goals.items[asistencia].name).toEqual({
      value: 'Asistencia y Protección a las Personas Migrantes',
      row: 5,
      col: 0,
    });
    expect(goals.items[asistencia + 1]).toMatchObject({ level: 'subproduct', parent: asistencia });
    expect(goals.items[asistencia + 2]).toMatchObject({ level: 'subproduct', parent: asistencia });
    expect(goals.items.filter((i) => i.level === 'product')).toHaveLength(10);
    expect(goals.items).toHaveLength(19);
  });

  it('locates physical and financial goals', () => {
    const control = goals.items.find((i) => i.key.startsWith('personas nacionales y extranjeras con registro'))!;
    expect(control.physical.map((c) => c?.value)).toEqual([18267029, 19045389, 20852257, 22830791, 24997254]);
    expect(control.financial[0]).toEqual({ value: 109032118, row: control.row, col: 3 });
  });

  it('finds the Total row (label in the unit column)', () => {
    expect(goals.total?.row).toBe(22);
    expect(goals.total?.financial.map((c) => c?.value)).toEqual([
      565504297, 615467314, 614166687, 615240738, 610910475,
    ]);
    expect(goals.total?.physical[0]).toEqual({ value: null, row: 22, col: 2 });
  });
});

describe('programmatic (§9.3)', () => {
  const view = new WorkbookView(workbook(seedProgrammatic()));
  const found = matricesOf(view, 'programmatic');

  it('recognises both tables of the page break', () => {
    expect(found.map((m) => m.range)).toEqual(['A3:H15', 'A17:H22']);
  });

  it('reads "Producto:" in its own column, names in the next one', () => {
    const [first] = found;
    expect(first.codeColumns).toEqual({ programa: 4, subprograma: 5, proyecto: 6, actividad: 7 });
    expect(first.items[0]).toMatchObject({
      level: 'product',
      name: { value: 'Dirección y Coordinación', row: 3, col: 1 },
      unit: { value: 'Documento' },
      activity: { value: 'Servicios de Dirección y Coordinación' },
      programa: { value: '01', row: 3, col: 4 },
      actividad: { value: '001' },
    });
    expect(first.items[1]).toMatchObject({ level: 'subproduct', parent: 0, key: 'direccion y coordinacion' });
    expect(first.items[1].programa).toBeUndefined();
  });

  it('leaves an empty code segment undefined (Aportes: no programa, codes slid)', () => {
    const aportes = found[1].items.find((i) => i.key.startsWith('aportes') && i.level === 'product')!;
    expect(aportes.programa).toBeUndefined();
    expect(aportes.subprograma).toMatchObject({ value: '99' });
  });
});

describe('header words that are one typo apart', () => {
  it('"PROYECTO" is the project column, not a misspelt "PRODUCTO"', () => {
    const view = new WorkbookView(workbook(seedProgrammatic()));
    const [first] = matricesOf(view, 'programmatic');
    expect(first.missingColumns).toBeUndefined();
    expect(first.codeColumns.proyecto).toBe(6);
  });
});
