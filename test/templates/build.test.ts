import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import { SHEET_NAMES } from '../../src/templates/layout';
import {
  matrixDefinedName,
  parseMatrixDefinedName,
  type CellSpec,
  type StyleSpec,
  type SheetSpec,
  type WorkbookSpec,
} from '../../src/templates/spec';
import { STYLES } from '../../src/templates/styles';

const STYLE_TABLE: Record<string, StyleSpec> = STYLES;
import { exampleModel } from '../generate/example-model';

function sheetOf(spec: WorkbookSpec, name: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cell(sheet: SheetSpec, ref: string): CellSpec | undefined {
  return sheet.cells.find((c) => c.ref === ref);
}

describe('workbook spec from the IGM model', () => {
  const spec = buildWorkbookSpec(exampleModel());
  const goals = sheetOf(spec, SHEET_NAMES.goals);

  it('names each matrix area PLANIFICA_<KEY>_<n>', () => {
    const names = spec.definedNames.filter((n) => parseMatrixDefinedName(n.name));
    expect(names.map((n) => `${n.name} ${n.sheet}!${n.range}`)).toEqual([
      'PLANIFICA_POLICY_1 3 Análisis de políticas!A5:F12',
      'PLANIFICA_PGG_1 3.1 Vinculación PGG!A5:F24',
      'PLANIFICA_BUDGET_1 8 Presupuesto!A5:H10',
      'PLANIFICA_FICHA_1 9.1 Fichas de indicadores!A5:G29',
      'PLANIFICA_FICHA_2 9.1 Fichas de indicadores!A32:G56',
      'PLANIFICA_FICHA_3 9.1 Fichas de indicadores!A59:G83',
      'PLANIFICA_FICHA_4 9.1 Fichas de indicadores!A86:G110',
      'PLANIFICA_INDICATORS_1 9.1 Indicadores de productos!A5:R11',
      'PLANIFICA_RESULTS_1 9.2 Resultados!A5:G20',
      'PLANIFICA_PROGRAMMATIC_1 9.3 Red programática!A5:H23',
      'PLANIFICA_COVERAGE_1 9.4 Cobertura!A5:F19',
      'PLANIFICA_GOALS_1 9.5 Productos y metas!A5:O25',
    ]);
    // The document's order behind an index whose links open each matrix.
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Índice',
      '3 Análisis de políticas',
      '3.1 Vinculación PGG',
      '8 Presupuesto',
      '9.1 Fichas de indicadores',
      '9.1 Indicadores de productos',
      '9.2 Resultados',
      '9.3 Red programática',
      '9.4 Cobertura',
      '9.5 Productos y metas',
      'Listas',
    ]);
    const index = sheetOf(spec, SHEET_NAMES.index);
    expect(index.cells.filter((c) => c.link).map((c) => c.link)).toEqual(spec.sheets.slice(1, -1).map((s) => s.name));
    expect(cell(goals, 'A2')?.value).toBe('9.5 PRODUCTOS, SUBPRODUCTOS Y METAS MULTIANUALES');
    expect(parseMatrixDefinedName(matrixDefinedName('indicator-sheet', 3))).toEqual({ type: 'indicator-sheet', n: 3 });
    expect(parseMatrixDefinedName('PLANIFICA_OTHER_1')).toBeUndefined();
  });

  it('uses the standard SEGEPLAN/MINFIN headers', () => {
    const texts = (sheet: SheetSpec) => sheet.cells.map((c) => c.value).filter((v) => typeof v === 'string');
    expect(texts(goals)).toEqual(
      expect.arrayContaining(['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 'Meta Física', 'Meta Financiera']),
    );
    expect(texts(sheetOf(spec, SHEET_NAMES.budget))).toEqual(expect.arrayContaining(['PRG', 'DESCRIPCIÓN', 'Total']));
    expect(texts(sheetOf(spec, SHEET_NAMES.programmatic))).toEqual(
      expect.arrayContaining(['DESCRIPCIÓN DE LA ACTIVIDAD', 'PROGRAMA', 'SUBPROGRAMA', 'PROYECTO', 'ACTIVIDAD']),
    );
    expect(texts(sheetOf(spec, SHEET_NAMES.indicators))).toEqual(
      expect.arrayContaining([
        'NOMBRE DEL INDICADOR DEL PRODUCTO',
        'LÍNEA DE BASE',
        'Datos Absolutos',
        'Datos Relativos',
        'TOTAL, META MULTIANUAL',
      ]),
    );
    expect(texts(sheetOf(spec, SHEET_NAMES.fichas))).toEqual(
      expect.arrayContaining([
        'Código y Nombre del Indicador',
        'Categoría del Indicador',
        'Frecuencia de Medición',
        'Línea Base',
        'Notas Técnicas',
      ]),
    );
  });

  it('derives every total with a formula and caches its result', () => {
    // Products: Dirección row 7, Asistencia 9, Emisión 12, Visas 15, Control 19, Aportes 23; Total row 25.
    // The Total adds the "Producto:" rows: a product inserted or deleted later still counts right.
    expect(cell(goals, 'E25')).toMatchObject({
      formula: 'SUMIF($A$7:$A$24,"Producto:",E7:E24)',
      result: 569504297,
    });
    expect(cell(goals, 'M25')).toMatchObject({ result: 620810475 });
    expect(cell(goals, 'O25')).toMatchObject({ formula: 'SUM(E25,G25,I25,K25,M25)' });
    expect(cell(goals, 'E15')).toMatchObject({ formula: 'SUM(E16:E18)', result: 4192292 });
    // Control (Persona): quantities add only its Persona subproducts, rows 20 and 22, not the Documento row 21.
    expect(cell(goals, 'D19')).toMatchObject({ formula: 'SUM(D20,D22)', result: 18267029 });
    expect(cell(goals, 'E19')).toMatchObject({ formula: 'SUM(E20:E22)', result: 109032118 });
    expect(cell(goals, 'N16')).toMatchObject({ formula: 'SUM(D16,F16,H16,J16,L16)' });
    // Checks under the matrix: budget total and the difference, highlighted when not zero.
    expect(cell(goals, 'E27')).toMatchObject({ formula: "'8 Presupuesto'!C10", result: 569504297 });
    expect(cell(goals, 'E28')).toMatchObject({ formula: 'E25-E27', result: 0 });
    expect(goals.conditionalFormats?.[0]).toMatchObject({ range: 'E28:O28', style: 'mismatch' });
    const indicators = sheetOf(spec, SHEET_NAMES.indicators);
    expect(cell(indicators, 'G10')).toMatchObject({ formula: "'9.5 Productos y metas'!D15", result: 45654 });
    expect(cell(indicators, 'Q10')).toMatchObject({ formula: 'SUM(G10,I10,K10,M10,O10)', result: 252267 });
    expect(cell(indicators, 'F8')?.formula).toMatch(
      /^IF\('9.1 Fichas de indicadores'!E19="","",'9.1 Fichas de indicadores'!E19\/100\)$/,
    );
    const coverage = sheetOf(spec, SHEET_NAMES.coverage);
    expect(cell(coverage, 'D6')).toMatchObject({ formula: "'3.1 Vinculación PGG'!F9", result: 1 });
  });

  it('locks formulas and labels, unlocks what a planner types, and protects every sheet', () => {
    for (const sheet of spec.sheets) {
      expect(sheet.protect).toBe(true);
      for (const c of sheet.cells) {
        const style = c.style ? STYLE_TABLE[c.style] : undefined;
        if (c.formula !== undefined) expect([c.ref, style?.locked]).toEqual([c.ref, undefined]);
      }
    }
    for (const ref of ['D16', 'E16', 'B16', 'C16']) expect(STYLE_TABLE[cell(goals, ref)!.style!].locked).toBe(false);
  });

  it('offers drop-down lists from the catalogues, freezes the headers and prints landscape', () => {
    expect(goals.validations).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'list', range: 'C7:C24', source: 'LISTA_UNIDADES' })]),
    );
    const fichas = sheetOf(spec, SHEET_NAMES.fichas);
    expect(fichas.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: 'B8', values: ['RESULTADO', 'PRODUCTO'] }),
        expect.objectContaining({
          range: 'B15',
          values: ['Mensual', 'Trimestral', 'Cuatrimestral', 'Semestral', 'Anual'],
        }),
      ]),
    );
    expect(sheetOf(spec, SHEET_NAMES.pgg).validations[0]).toMatchObject({ values: ['1', '0'] });
    expect(sheetOf(spec, SHEET_NAMES.coverage).validations[0]).toMatchObject({ source: 'LISTA_DEPARTAMENTOS' });
    const lists = sheetOf(spec, SHEET_NAMES.lists);
    expect(lists.hidden).toBe(true);
    expect(lists.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(['Persona', 'Documento', 'COBERTURA A NIVEL NACIONAL', 'Alta Verapaz']),
    );
    expect(goals.freeze).toEqual({ rows: 6, cols: 3 });
    // 15 columns: split after 2028 onto Legal pages that repeat the row labels, never shrunk under 8 points.
    expect(goals.print).toMatchObject({
      orientation: 'landscape',
      fitToWidth: false,
      titleRows: '5:6',
      titleColumns: 'A:C',
      paperSize: 'legal',
      colBreaks: ['I'],
    });
    expect(goals.print!.scale).toBeGreaterThanOrEqual(80);
    expect(goals.print!.header!.left).toContain('1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN');
    expect(goals.print!.footer!.right).toContain('Página &P de &N');
    const fichaPrint = sheetOf(spec, SHEET_NAMES.fichas).print!;
    expect(fichaPrint.rowBreaks).toEqual([29, 56, 83]);
    expect(fichaPrint.header!.right).toMatch(/Reporte DTP\nPresupuesto año 2026\nFecha: &D\nPágina &P de &N$/);
  });

  it('writes the result statements the statement parser reads', () => {
    const results = sheetOf(spec, SHEET_NAMES.results);
    expect(cell(results, 'E7')?.value).toBe(
      'Para el año 2030 se ha incrementado la protección de derechos a personas migrantes a 1,347,952 personas acumulado (de 64,660 personas en el año 2021 a 1,347,952 personas en el año 2030).',
    );
    expect(results.merges).toContain('E7:E16');
  });
});

describe('blank templates', () => {
  it('lay out N products with M subproducts for any window, figures at 0 and names empty', () => {
    const spec = buildBlankSpec({ years: [2027, 2028, 2029], products: 4, subproductsPerProduct: 3 });
    const goals = sheetOf(spec, SHEET_NAMES.goals);
    // 4 products × (1 + 3) rows from row 7: Total at row 23; three years then the total pair.
    expect(cell(goals, 'A23')?.value).toBe('Total');
    expect(cell(goals, 'D5')?.value).toBe(2027);
    expect(cell(goals, 'J5')?.value).toBe('TOTAL 2027-2029');
    expect(cell(goals, 'E23')).toMatchObject({ formula: 'SUMIF($A$7:$A$22,"Producto:",E7:E22)', result: 0 });
    expect(cell(goals, 'D8')).toMatchObject({ value: 0, style: 'quantityInput' });
    expect(cell(goals, 'B8')).toMatchObject({ value: '', style: 'subproductName' });
    expect(STYLE_TABLE.subproductName.fill).toBe(STYLE_TABLE.quantityInput.fill); // inputs share the light fill
    expect(cell(goals, 'D7')).toMatchObject({ formula: 'SUM(D8:D10)' });
    expect(spec.definedNames.filter((n) => n.name.startsWith('PLANIFICA_FICHA_'))).toHaveLength(4);
  });

  it('work for a one-year POA', () => {
    const spec = buildBlankSpec({ years: [2026], products: 1, subproductsPerProduct: 0 });
    const goals = sheetOf(spec, SHEET_NAMES.goals);
    expect(cell(goals, 'D5')?.value).toBe(2026);
    expect(cell(goals, 'D7')).toMatchObject({ value: 0, style: 'productQuantityInput' });
    expect(cell(goals, 'E8')).toMatchObject({ formula: 'SUMIF($A$7:$A$7,"Producto:",E7:E7)' });
    expect(spec.properties.title).toBe('Plan Operativo Anual 2026');
    // Annual wording, no multiannual total column.
    expect(cell(goals, 'A2')?.value).toBe('9.5 PRODUCTOS, SUBPRODUCTOS Y METAS ANUALES');
    expect(goals.cells.some((c) => /TOTAL|MULTIANUAL/.test(String(c.value)))).toBe(false);
    expect(spec.definedNames.find((n) => n.name === 'PLANIFICA_GOALS_1')?.range).toBe('A5:E8');
    const budget = sheetOf(spec, SHEET_NAMES.budget);
    expect(budget.cells.some((c) => String(c.value).startsWith('TOTAL'))).toBe(false);
  });

  it('grow rows to their text and columns to their longest word', () => {
    const spec = buildWorkbookSpec(exampleModel());
    const programmatic = sheetOf(spec, SHEET_NAMES.programmatic);
    const width = (sheet: SheetSpec, col: string) => sheet.columns.find((c) => c.col === col)!.width;
    expect(width(programmatic, 'F')).toBeGreaterThan(13); // "SUBPROGRAMA" in bold, on one line
    const fichas = sheetOf(spec, SHEET_NAMES.fichas);
    const height = (sheet: SheetSpec, row: number) => sheet.rows!.find((r) => r.row === row)!.height;
    expect(height(fichas, 12)).toBeGreaterThan(2 * height(fichas, 8)); // Pertinencia: several lines
    expect(spec.properties).toMatchObject({
      company: 'Instituto Guatemalteco de Migración',
      institutionCode: '1120-0069-000-000',
      institutionName: 'Instituto Guatemalteco de Migración',
      plan: 'POM',
      years: '2026-2030',
    });
    expect(spec.font).toEqual({ name: 'Arial', size: 10 });
  });
});
