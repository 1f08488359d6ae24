import type { GoalsMatrix, ItemLevel, ItemRow, PggMatrix, ProgrammaticMatrix } from '../../src/domain/matrix';
import { WorkbookView } from '../../src/core';
import { appearancesIn, getItemIndex, indexItems, rowIn, typesOf, type Item } from '../../src/domain/items';
import { nameKey } from '../../src/domain/similarity';
import { goalsSheet, P, programmaticSheet, S } from '../rules/crossref/pom-sheets';
import { workbook } from '../support/workbook';

/** Rows from an outline: "P:" marks a product, anything else is a subproduct of the last product. */
function rows(outline: string[]): ItemRow[] {
  let product: number | undefined;
  return outline.map((line, i) => {
    const level: ItemLevel = line.startsWith('P:') ? 'product' : 'subproduct';
    const name = line.replace(/^P:/, '');
    if (level === 'product') product = i;
    return {
      row: i + 2,
      level,
      name: { value: name, row: i + 2, col: 0 },
      key: nameKey(name),
      parent: level === 'subproduct' ? product : undefined,
    };
  });
}

const base = { range: 'A1:H20', headerTop: 0, headerBottom: 1, generated: false };

function programmatic(outline: string[], sheet = 'Red'): ProgrammaticMatrix {
  return {
    ...base,
    type: 'programmatic',
    sheet,
    items: rows(outline),
    codeColumns: { programa: 3, subprograma: 4, proyecto: 5, actividad: 6 },
  };
}
function goals(outline: string[], sheet = 'Metas'): GoalsMatrix {
  return {
    ...base,
    type: 'goals',
    sheet,
    years: [],
    items: rows(outline).map((r) => ({ ...r, physical: [], financial: [] })),
  };
}
function pgg(outline: string[], sheet = 'PGG'): PggMatrix {
  return { ...base, type: 'pgg', sheet, statements: [], items: rows(outline) };
}

const seedOutline = [
  'P:Dirección y Coordinación',
  'Dirección y Coordinación',
  'P:Emisión de Documentos Migratorios',
  'Emisión de Documentos Migratorios',
  'Prórroga de Documentos Migratorios',
  'P:Registro, Control y Emisión de Visas y Residencias',
  'Visas guatemaltecas emitidas',
  'Residencias emitidas',
  'Registro de extranjería',
];

function names(items: readonly Item[]): string[] {
  return items.map((i) => `${i.level}:${i.product ? `${i.product.name} / ` : ''}${i.name}`);
}

describe('indexItems', () => {
  it('keeps a product and its same-named subproduct apart', () => {
    const index = indexItems([programmatic(seedOutline), goals(seedOutline)]);
    expect(names(index.items)).toEqual([
      'product:Dirección y Coordinación',
      'product:Emisión de Documentos Migratorios',
      'product:Registro, Control y Emisión de Visas y Residencias',
      'subproduct:Dirección y Coordinación / Dirección y Coordinación',
      'subproduct:Emisión de Documentos Migratorios / Emisión de Documentos Migratorios',
      'subproduct:Emisión de Documentos Migratorios / Prórroga de Documentos Migratorios',
      'subproduct:Registro, Control y Emisión de Visas y Residencias / Visas guatemaltecas emitidas',
      'subproduct:Registro, Control y Emisión de Visas y Residencias / Residencias emitidas',
      'subproduct:Registro, Control y Emisión de Visas y Residencias / Registro de extranjería',
    ]);
    for (const item of index.items) {
      expect(typesOf(item)).toEqual(['programmatic', 'goals']);
      expect(item.appearances.some((a) => a.typo)).toBe(false);
    }
  });

  it('matches names modulo accents, case, spacing and punctuation without calling them typos', () => {
    const index = indexItems([
      programmatic(seedOutline),
      goals([
        'P:DIRECCION Y COORDINACION',
        'Direccion  y coordinacion',
        'P:Emision de documentos migratorios.',
        'emisión de documentos migratorios',
        'Prorroga de Documentos Migratorios',
        'P:Registro control y emision de visas y residencias',
        'Visas Guatemaltecas Emitidas',
        'Residencias emitidas',
        'Registro de Extranjeria',
      ]),
    ]);
    expect(index.items).toHaveLength(9);
    expect(index.items.flatMap((i) => i.appearances).filter((a) => a.typo)).toEqual([]);
  });

  it('flags a near miss as a typo of the name the other matrices use', () => {
    const goalsMatrix = goals(seedOutline.map((n) => n.replace('Visas', 'Vistas')));
    const index = indexItems([goalsMatrix, programmatic(seedOutline), pgg(seedOutline)]);
    const visas = index.items.find((i) => i.name === 'Visas guatemaltecas emitidas');
    expect(visas).toBeDefined();
    expect(visas!.appearances.map((a) => [a.matrix.type, a.typo])).toEqual([
      ['programmatic', false],
      ['pgg', false],
      ['goals', true],
    ]);
    expect(index.itemOf(goalsMatrix.items[6])).toBe(visas);
    expect(index.appearanceOf(goalsMatrix.items[6])?.typo).toBe(true);
    expect(index.items).toHaveLength(9);
  });

  it('on a one-to-one tie, takes the earlier matrix of the chain as the right name', () => {
    const index = indexItems([
      goals(['P:Vistas guatemaltecas emitidas']),
      programmatic(['P:Visas guatemaltecas emitidas']),
    ]);
    expect(index.items).toHaveLength(1);
    expect(index.items[0].name).toBe('Visas guatemaltecas emitidas');
    expect(appearancesIn(index.items[0], 'goals')[0].typo).toBe(true);
  });

  it('never merges two names that one matrix lists side by side', () => {
    const index = indexItems([
      programmatic(['P:Informe de avance mensual', 'P:Informes de avance mensual']),
      goals(['P:Informe de avance mensual']),
    ]);
    expect(index.items).toHaveLength(2);
    expect(index.items.flatMap((i) => i.appearances).filter((a) => a.typo)).toEqual([]);
  });

  it('keeps different names that share words apart', () => {
    const index = indexItems([
      programmatic(['P:Emisión de Documentos Migratorios', 'P:Residencias emitidas']),
      goals(['P:Prórroga de Documentos Migratorios', 'P:Visas guatemaltecas emitidas']),
    ]);
    expect(index.items).toHaveLength(4);
    expect(index.items.every((i) => i.appearances.length === 1)).toBe(true);
  });

  it('identifies a subproduct within its product', () => {
    const index = indexItems([
      programmatic(['P:Producto A', 'Informes emitidos', 'P:Producto B', 'Informes emitidos']),
      goals(['P:Producto A', 'Informes emitidos']),
    ]);
    const informes = index.items.filter((i) => i.name === 'Informes emitidos');
    expect(informes.map((i) => [i.product?.name, typesOf(i)])).toEqual([
      ['Producto A', ['programmatic', 'goals']],
      ['Producto B', ['programmatic']],
    ]);
  });

  it('resolves subproducts under a misspelt product to the same items', () => {
    const red = programmatic(seedOutline);
    const metas = goals(seedOutline.map((n) => n.replace('P:Registro, Control', 'P:Registro Contro')));
    const index = indexItems([red, metas]);
    expect(index.items).toHaveLength(9);
    const residencias = index.itemOf(metas.items[7]);
    expect(residencias?.product?.name).toBe('Registro, Control y Emisión de Visas y Residencias');
    expect(residencias?.appearances.map((a) => a.matrix.sheet)).toEqual(['Red', 'Metas']);
    const goalsRow = rowIn(residencias!.appearances[1], 'goals');
    expect(goalsRow?.physical).toEqual([]);
    expect(rowIn(residencias!.appearances[1], 'programmatic')).toBeUndefined();
  });

  it('has nothing to say about an empty workbook', () => {
    expect(indexItems([]).items).toEqual([]);
  });
});

describe('getItemIndex', () => {
  it('reads the recognised matrices once per validation and resolves their rows', () => {
    const outline = [
      P('Emisión de Documentos Migratorios', { unit: 'Documento' }),
      S('Prórroga de Documentos Migratorios'),
    ];
    const view = new WorkbookView(workbook(programmaticSheet(outline), goalsSheet(outline)));
    const index = getItemIndex(view);
    expect(getItemIndex(view)).toBe(index);
    expect(index.matrices.map((m) => m.type)).toEqual(['programmatic', 'goals']);
    expect(index.items.map((i) => [i.level, i.name, typesOf(i)])).toEqual([
      ['product', 'Emisión de Documentos Migratorios', ['programmatic', 'goals']],
      ['subproduct', 'Prórroga de Documentos Migratorios', ['programmatic', 'goals']],
    ]);
  });

  it('stays fast on a thousand products', () => {
    const outline = Array.from({ length: 1000 }, (_, i) => P(`Producto número ${i} de la institución ${i % 7}`));
    const view = new WorkbookView(workbook(programmaticSheet(outline), goalsSheet(outline)));
    const started = Date.now();
    expect(getItemIndex(view).items).toHaveLength(1000);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
