/** Layouts other institutions use, Planifica's own sheets, and workbooks that hold no matrix. */
import { WorkbookView, type WorkbookSnapshot } from '../../../src/core';
import { getRecognition, matricesOf } from '../../../src/domain/recognize';
import { sheet, styled, workbook } from '../../support/workbook';

const view = (wb: WorkbookSnapshot) => new WorkbookView(wb);
const bold = (text: string) => styled(text, { bold: true });

describe('goals matrix laid out differently', () => {
  it('bold products, offset origin, line breaks in headers, a notes column, a blank separator, "Total general"', () => {
    const wb = workbook(
      sheet(
        'POA',
        [
          ['PRODUCTO /\nSUBPRODUCTO', 'UNIDAD DE\nMEDIDA', 'Año 2026', null, 'Año 2027', null, null, 'Observaciones'],
          [null, null, 'Meta\nFísica', 'Meta\nFinanciera', 'meta fisica', 'META FINANCIERA'],
          [bold('Servicios de registro'), 'Documento', 10, 1000, 12, 1200, null, 'revisar con Finanzas'],
          ['Registros nuevos', 'Documento', 6, 600, 7, 700],
          ['Registros renovados', 'Documento', 4, 400, 5, 500],
          [],
          [bold('Capacitación'), 'Evento', 2, 50, 2, 60],
          ['Talleres regionales', 'Evento', 2, 50, 2, 60, null, 'nota'],
          ['Total general', null, null, 1050, null, 1260],
          [],
          ['Elaborado por: Unidad de Planificación'],
        ],
        { origin: 'D5', merges: ['F5:G5', 'H5:I5'] },
      ),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.range).toBe('D5:I13');
    expect(goals.years).toEqual([
      { year: 2026, headerCol: 5, physicalCol: 5, financialCol: 6 },
      { year: 2027, headerCol: 7, physicalCol: 7, financialCol: 8 },
    ]);
    expect(goals.items.map((i) => [i.name.value, i.level, i.parent, i.levelBy])).toEqual([
      ['Servicios de registro', 'product', undefined, 'bold'],
      ['Registros nuevos', 'subproduct', 0, 'bold'],
      ['Registros renovados', 'subproduct', 0, 'bold'],
      ['Capacitación', 'product', undefined, 'bold'],
      ['Talleres regionales', 'subproduct', 3, 'bold'],
    ]);
    expect(goals.total).toMatchObject({ row: 12, financial: [{ value: 1050 }, { value: 1260 }] });
    expect(goals.unitCol).toBe(4);
  });

  it('subproducts by indentation (cell indent or leading spaces)', () => {
    const wb = workbook(
      sheet('Metas', [
        ['Producto / Subproducto', 'Unidad de medida', 'Meta física 2026', 'Meta financiera 2026'],
        ['Atención al usuario', 'Persona', 100, 5000],
        [styled('Atención presencial', { indent: 1 }), 'Persona', 60, 3000],
        ['   Atención en línea', 'Persona', 40, 2000],
        ['Total', null, null, 5000],
      ]),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.years).toEqual([{ year: 2026, headerCol: 2, physicalCol: 2, financialCol: 3 }]);
    expect(goals.items.map((i) => [i.level, i.levelBy])).toEqual([
      ['product', 'indent'],
      ['subproduct', 'indent'],
      ['subproduct', 'indent'],
    ]);
    expect(goals.items[2].name.value).toBe('Atención en línea');
  });

  it('a goals matrix without financial columns', () => {
    const wb = workbook(
      sheet('Metas', [
        ['PRODUCTO', 'UNIDAD DE MEDIDA', 'META FÍSICA 2026', 'META FÍSICA 2027'],
        ['Producto: Visas emitidas', 'Documento', 10, 11],
      ]),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.years.map((y) => [y.year, y.physicalCol, y.financialCol])).toEqual([
      [2026, 2, undefined],
      [2027, 3, undefined],
    ]);
  });

  it('programme codes in four columns before the goals: the red programática and the goals matrix, both', () => {
    const wb = workbook(
      sheet('POM', [
        [
          'PRG',
          'SPRG',
          'PROY',
          'ACT',
          'PRODUCTO / SUBPRODUCTO',
          'UNIDAD DE MEDIDA',
          'Meta física 2027',
          'Meta financiera 2027',
        ],
        [11, 0, 0, 1, 'Producto: Personas con alimentos entregados', 'Persona', 43550, 20506000],
        [null, null, null, null, 'Personas afectadas por eventos climáticos', 'Persona', 13850, 11554000],
        [null, null, null, null, 'Personas con alimentos en la comunidad', 'Persona', 29700, 8952000],
      ]),
    );
    const recognition = getRecognition(view(wb));
    expect(recognition.matrices.map((m) => [m.type, m.range])).toEqual([
      ['programmatic', 'A1:H4'],
      ['goals', 'A1:H4'],
    ]);
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.items.map((item) => [item.level, item.financial[0]?.value])).toEqual([
      ['product', 20506000],
      ['subproduct', 11554000],
      ['subproduct', 8952000],
    ]);
    // A red programática alone (no yearly goals) stays one matrix.
    const red = workbook(
      sheet('Red', [
        ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 'PROGRAMA', 'SUBPROGRAMA', 'PROYECTO', 'ACTIVIDAD'],
        ['Producto: Personas con alimentos entregados', 'Persona', 11, 0, 0, 1],
      ]),
    );
    expect(getRecognition(view(red)).matrices.map((m) => m.type)).toEqual(['programmatic']);
  });
});

describe('several matrices on one sheet', () => {
  it('a budget and a programmatic matrix stacked, each with its own area', () => {
    const wb = workbook(
      sheet(
        'Plan',
        [
          ['Programa', 'Nombre del programa', 'Año 2026', 'Año 2027'],
          [1, 'Actividades Centrales', 100, 110],
          [11, 'Derecho Migratorio', 50, 55],
          [null, 'TOTAL', 150, 165],
          [],
          [
            'Producto o subproducto',
            'Unidad',
            'Descripción de la actividad',
            'Prog.',
            'Subprograma',
            'Proyecto',
            'Actividad',
          ],
          ['Producto: Dirección y Coordinación', 'Documento', 'Servicios de Dirección', '01', '00', '000', '001'],
          ['Dirección y Coordinación', 'Documento'],
        ],
        { origin: 'B2' },
      ),
    );
    const { matrices } = getRecognition(view(wb));
    expect(matrices.map((m) => [m.type, m.range])).toEqual([
      ['budget', 'B2:E5'],
      ['programmatic', 'B7:H9'],
    ]);
    const budget = matrices[0];
    if (budget.type !== 'budget') throw new Error('budget expected');
    expect(budget.programmes.map((p) => p.code.value)).toEqual([1, 11]);
    expect(budget.total?.amounts.map((a) => a.value)).toEqual([150, 165]);
  });
});

describe('levels by membership', () => {
  it('a matrix without marks takes its products from the other matrices', () => {
    const wb = workbook(
      sheet('Metas', [
        ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 2026, null],
        [null, null, 'Meta Física', 'Meta Financiera'],
        ['Producto: Emisión de documentos', 'Documento', 10, 100],
        ['Pasaportes', 'Documento', 10, 100],
      ]),
      sheet('Resultados', [
        ['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO'],
        ['Para el año 2026 se ha incrementado la emisión de documentos a 10 documentos.', 'Emisión de Documentos'],
        [null, 'Pasaportes'],
      ]),
    );
    const [results] = matricesOf(view(wb), 'results');
    expect(results.items.map((i) => [i.level, i.parent, i.levelBy])).toEqual([
      ['product', undefined, 'membership'],
      ['subproduct', 0, 'membership'],
    ]);
  });
});

describe("Planifica's own sheets (defined names)", () => {
  const generated: WorkbookSnapshot = {
    sheets: [
      sheet('Metas', [
        ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 2026, null],
        [null, null, 'Meta física', 'Meta financiera'],
        ['Producto: Emisión de documentos', 'Documento', 10, 100],
        [],
        [],
        [],
        ['Producto: Visas', 'Documento', 5, 50],
        ['Total', null, null, 150],
        ['Notas: cifras en quetzales'],
      ]),
    ],
    definedNames: [
      { name: 'PLANIFICA_GOALS_1', ref: "'Metas'!$A$1:$D$8" },
      { name: 'Print_Area', ref: "'Metas'!$A$1:$D$9" },
    ],
  };

  it('takes type and area from the name, reads the columns from the headers inside', () => {
    const { matrices } = getRecognition(view(generated));
    expect(matrices).toHaveLength(1);
    const goals = matrices[0];
    if (goals.type !== 'goals') throw new Error('goals expected');
    expect(goals).toMatchObject({ generated: true, range: 'A1:D8', headerTop: 0, headerBottom: 1 });
    expect(goals.items.map((i) => i.name.value)).toEqual(['Emisión de documentos', 'Visas']);
    expect(goals.total?.row).toBe(7);
  });

  it('ignores names that point nowhere', () => {
    const broken = { ...generated, definedNames: [{ name: 'PLANIFICA_GOALS_1', ref: "'Borrada'!$A$1:$D$8" }] };
    const [goals] = matricesOf(view(broken), 'goals');
    expect(goals.generated).toBe(false);
  });
});

describe('workbooks without matrices', () => {
  it('prose that mentions products', () => {
    const wb = workbook(
      sheet('Notas', [
        ['Producto'],
        ['El producto principal es la emisión de documentos; cada producto tiene unidad de medida.'],
        ['Producto: ver hoja de metas'],
      ]),
    );
    expect(getRecognition(view(wb)).matrices).toEqual([]);
  });

  it('a financial report with a Total row (seed 004 style)', () => {
    const wb = workbook(
      sheet('Informe', [
        ['INFORME DE COOPERACIÓN'],
        ['Concepto', 'Monto USD', 'Tipo de cambio', 'Monto Q'],
        ['Talleres', 1200, 7.7, 9240],
        ['Material', 800, 7.7, 6160],
        ['Total', 2000, null, 15400],
        ['Fecha: 01 al 30 de noviembre de 2025'],
      ]),
    );
    expect(getRecognition(view(wb))).toEqual({ matrices: [], years: [] });
  });

  it('a sales table with a "Producto" column and no planning headers', () => {
    const wb = workbook(
      sheet('Ventas', [
        ['Producto', 'Precio', 'Cantidad'],
        ['Pasaporte', 500, 3],
      ]),
    );
    expect(getRecognition(view(wb)).matrices).toEqual([]);
  });

  it('an empty workbook and an empty sheet', () => {
    expect(getRecognition(view(workbook())).matrices).toEqual([]);
    expect(getRecognition(view(workbook(sheet('Hoja1', [])))).matrices).toEqual([]);
  });
});

describe('more layouts', () => {
  it('two matrices side by side, two empty columns apart', () => {
    const wb = workbook(
      sheet('Resumen', [
        ['PRG', 'DESCRIPCIÓN', 2026, 2027, null, null, 'PRODUCTO', 'PROGRAMA', 'SUBPROGRAMA', 'PROYECTO', 'ACTIVIDAD'],
        ['01', 'Actividades Centrales', 100, 110, null, null, 'Producto: Dirección', '01', '00', '00', '001'],
        ['11', 'Derecho Migratorio', 50, 55, null, null, 'Dirección y coordinación'],
        [null, 'Total', 150, 165],
      ]),
    );
    const { matrices } = getRecognition(view(wb));
    expect(matrices.map((m) => [m.type, m.range])).toEqual([
      ['budget', 'A1:D4'],
      ['programmatic', 'G1:K3'],
    ]);
  });

  it('years typed as numbers in a row above the header words', () => {
    const wb = workbook(
      sheet('Metas', [
        ['Metas del POM'],
        [null, null, 2026, null, 2027],
        ['Producto/Subproducto', 'U. de medida', 'Física', 'Financiera', 'Física', 'Financiera'],
        ['Producto: Visas', 'Documento', 1, 10, 2, 20],
      ]),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect([goals.headerTop, goals.headerBottom, goals.range]).toEqual([1, 2, 'A2:F4']);
    expect(goals.years).toEqual([
      { year: 2026, headerCol: 2, physicalCol: 2, financialCol: 3 },
      { year: 2027, headerCol: 4, physicalCol: 4, financialCol: 5 },
    ]);
  });

  it('a budget headed "Presupuesto 2026 | Proyección 2027" with numeric programme codes', () => {
    const wb = workbook(
      sheet('Presupuesto', [
        ['Programa', 'Nombre del programa', 'Presupuesto 2026', 'Proyección 2027', 'Ejercicio 2028'],
        [1, 'Actividades Centrales', 100, 110, 120],
        [99, 'Partidas no asignables a programas', 5, 5, 5],
        ['TOTAL', null, 105, 115, 125],
      ]),
    );
    const [budget] = matricesOf(view(wb), 'budget');
    expect(budget.years.map((y) => [y.year, y.col])).toEqual([
      [2026, 2],
      [2027, 3],
      [2028, 4],
    ]);
    expect(budget.programmes.map((p) => p.code.value)).toEqual([1, 99]);
    expect(budget.total?.row).toBe(3);
  });

  it('products and subproducts told by outline numbering, numbers removed from the names', () => {
    const wb = workbook(
      sheet('Red', [
        ['Producto / Subproducto', 'Unidad de medida', 'Programa', 'Subprograma', 'Proyecto', 'Actividad'],
        ['1. Emisión de documentos', 'Documento', '11', '00', '00', '002'],
        ['1.1 Pasaportes', 'Documento'],
        ['1.2. Prórrogas', 'Documento'],
        ['2. Visas', 'Documento', '11', '00', '00', '003'],
        ['2.1 Visas guatemaltecas emitidas', 'Documento'],
      ]),
    );
    const [red] = matricesOf(view(wb), 'programmatic');
    expect(red.items.map((i) => [i.name.value, i.level, i.parent, i.levelBy])).toEqual([
      ['Emisión de documentos', 'product', undefined, 'numbering'],
      ['Pasaportes', 'subproduct', 0, 'numbering'],
      ['Prórrogas', 'subproduct', 0, 'numbering'],
      ['Visas', 'product', undefined, 'numbering'],
      ['Visas guatemaltecas emitidas', 'subproduct', 3, 'numbering'],
    ]);
  });

  it('"Subproducto:" prefixes mark subproducts, unmarked rows are products', () => {
    const wb = workbook(
      sheet('Metas', [
        ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 'META FÍSICA 2026', 'META FINANCIERA 2026'],
        ['Emisión de documentos', 'Documento', 10, 100],
        ['Subproducto: Pasaportes', 'Documento', 10, 100],
      ]),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.items.map((i) => [i.name.value, i.level])).toEqual([
      ['Emisión de documentos', 'product'],
      ['Pasaportes', 'subproduct'],
    ]);
  });
});

describe('where a matrix ends', () => {
  it('two budget tables without Total rows, one blank row apart, stay two tables (joined as one budget)', () => {
    const wb = workbook(
      sheet('Presupuesto', [
        ['PRG', 'DESCRIPCIÓN', 2026, 2027],
        ['01', 'Actividades Centrales', 100, 110],
        ['11', 'Derecho Migratorio', 50, 55],
        [],
        ['PRG', 'DESCRIPCIÓN', 2028, 2029],
        ['01', 'Actividades Centrales', 120, 130],
        ['11', 'Derecho Migratorio', 60, 65],
      ]),
    );
    const [budget] = matricesOf(view(wb), 'budget');
    expect(budget.parts?.map((p) => p.range)).toEqual(['A1:D3', 'A5:D7']);
    expect(budget.programmes.map((p) => p.amounts.map((a) => a.value))).toEqual([
      [100, 110, 120, 130],
      [50, 55, 60, 65],
    ]);
  });

  it('a Total label in a code column left of the names', () => {
    const wb = workbook(
      sheet('POA', [
        [
          'Estructura programática',
          'Producto / Subproducto',
          'Unidad de medida',
          'Meta física 2026',
          'Meta financiera 2026',
        ],
        ['11-00-000-001', 'Producto: Visas', 'Documento', 10, 100],
        ['TOTAL', null, null, null, 100],
      ]),
    );
    const [goals] = matricesOf(view(wb), 'goals');
    expect(goals.range).toBe('A1:E3');
    expect(goals.total?.financial[0]).toEqual({ value: 100, row: 2, col: 4 });
    expect(goals.items).toHaveLength(1);
  });
});

describe('tables of the POM that are not matrices to validate', () => {
  it('§7 Productos, subproductos institucionales (PRODUCTO | SUBPRODUCTO | RESPONSABLE)', () => {
    const wb = workbook(
      sheet('Productos', [
        ['PRODUCTO', 'SUBPRODUCTO', 'RESPONSABLE'],
        ['Dirección y Coordinación', 'Dirección y Coordinación', 'Dirección General'],
        ['Emisión de Documentos Migratorios', 'Emisión de Documentos Migratorios', 'Subdirección de Documentos'],
      ]),
    );
    expect(getRecognition(view(wb)).matrices).toEqual([]);
  });
});

describe('matrices of different types stacked on one sheet', () => {
  it('results, then coverage right under it: the coverage header ends the results matrix', () => {
    const wb = workbook(
      sheet('Vinculación', [
        ['RESULTADO INSTITUCIONAL', 'PRODUCTO / SUBPRODUCTO'],
        ['Para el año 2026 se ha incrementado la emisión de documentos a 10 documentos.', 'Producto: Emisión'],
        [null, 'Pasaportes'],
        [
          'RESULTADO INSTITUCIONAL',
          'PRODUCTO / SUBPRODUCTO',
          'PRODUCTOS DE MAYOR CONTRIBUCIÓN (1 / 0)',
          'COBERTURA DE DEPARTAMENTOS',
          'COBERTURA DE MUNICIPIOS',
        ],
        [null, 'Producto: Emisión', 1, 'GUATEMALA', 'GUATEMALA'],
        [null, 'Pasaportes'],
      ]),
    );
    expect(getRecognition(view(wb)).matrices.map((m) => [m.type, m.range])).toEqual([
      ['results', 'A1:B3'],
      ['coverage', 'A4:E6'],
    ]);
  });
});
