import { WorkbookView } from '../../../src/core';
import { matricesOf } from '../../../src/domain/recognize';
import { workbook } from '../../support/workbook';
import { seedCoverage, seedPgg, seedPolicy, seedResults, seedResultStatements } from './seed-sheets';

describe('results: statements per year (§5)', () => {
  const view = new WorkbookView(workbook(seedResultStatements()));
  const found = matricesOf(view, 'results');

  it('finds both stacked blocks, each statement with its column year', () => {
    expect(found.map((m) => m.range)).toEqual(['C5:G6', 'C8:G9']);
    expect(found[1].statements.map((s) => s.columnYear)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(found[1].statements[4].text).toMatchObject({ row: 8, col: 6 });
    expect(found[1].statements[4].text.value).toMatch(/a 11 en el año 2025/);
    expect(found[0].items).toEqual([]);
  });
});

describe('results beside products (§9.2)', () => {
  const view = new WorkbookView(workbook(seedResults()));
  const found = matricesOf(view, 'results');

  it('finds both tables with their statements and products', () => {
    expect(found.map((m) => m.range)).toEqual(['A1:C11', 'A13:C16']);
    const [first, second] = found;
    expect(first.statements).toHaveLength(1);
    expect(first.statements[0]).toEqual({ text: expect.objectContaining({ row: 4, col: 0 }) });
    expect(first.items.filter((i) => i.level === 'product').map((i) => i.name.value)).toEqual([
      'Asistencia y Protección a las Personas Migrantes',
      'Emisión de Documentos Migratorios',
      'Registro, control y emisión de visas y residencias',
    ]);
    expect(first.items[1]).toMatchObject({ level: 'subproduct', parent: 0, name: { col: 2 } });
    expect(second.items).toHaveLength(3);
    expect(second.statements[0].text.value).toMatch(/^Para el año 2030/);
  });
});

describe('coverage (§9.4)', () => {
  const view = new WorkbookView(workbook(seedCoverage()));
  const found = matricesOf(view, 'coverage');

  it('reads the contribution flag, departments and municipalities per item', () => {
    expect(found).toHaveLength(2);
    const [first] = found;
    expect(first.items[0]).toMatchObject({
      level: 'product',
      key: 'asistencia y proteccion a las personas migrantes',
      contribution: { value: 1, row: 1, col: 3 },
    });
    expect(first.items[1]).toMatchObject({
      level: 'subproduct',
      parent: 0,
      departments: { value: 'COBERTURA A NIVEL NACIONAL', col: 4 },
      municipalities: { col: 5 },
    });
    expect(first.statements).toHaveLength(1);
  });

  it('takes the name column when the prefix column holds another product (the seed mistake)', () => {
    const [, second] = found;
    expect(second.items[0]).toMatchObject({
      level: 'product',
      name: { value: 'Registro, Control y Emisión de Visas y Residencias', col: 2 },
      contribution: { value: 0 },
    });
    expect(second.items.slice(1).every((i) => i.level === 'subproduct')).toBe(true);
  });
});

describe('PGG linkage (§3.1)', () => {
  const view = new WorkbookView(workbook(seedPgg()));
  const [pgg] = matricesOf(view, 'pgg');

  it('reads a two-row header, the axis, the statement and each product flag', () => {
    expect(pgg).toBeDefined();
    expect([pgg.headerTop, pgg.headerBottom]).toEqual([2, 3]);
    expect(pgg.axis).toEqual({ value: '9 Una ciudadanía sin fronteras', row: 4, col: 1 });
    expect(pgg.statements).toHaveLength(1);
    expect(pgg.statements[0].text.value).toMatch(/a 686,372 personas acumulado/);
    expect(pgg.items.map((i) => [i.level, i.contribution?.value ?? null])).toEqual([
      ['product', 0],
      ['subproduct', null],
      ['product', 1],
      ['subproduct', null],
      ['subproduct', null],
      ['product', 1],
      ['subproduct', null],
      ['subproduct', null],
    ]);
  });
});

describe('policy analysis (§3)', () => {
  const view = new WorkbookView(workbook(seedPolicy()));
  const [policy] = matricesOf(view, 'policy');

  it('reads each row with its policy carried down', () => {
    expect(policy.rows).toHaveLength(3);
    expect(policy.rows[0]).toMatchObject({
      policy: { value: "PLAN NACIONAL DE DESARROLLO K'ATUN: NUESTRA GUATEMALA 2032.", col: 1 },
      axis: { value: 'Eje 5. El Estado como garante de los derechos humanos y conductor del desarrollo.' },
    });
    expect(policy.rows[2].policy?.value).toBe('OBJETIVOS DE DESARROLLO SOSTENIBLE');
    expect(policy.rows[2].objective).toBeUndefined();
    expect(policy.rows[2].indicator?.value).toMatch(/^Indicador 10.7.2/);
  });
});
