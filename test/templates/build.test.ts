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
      'PLANIFICA_GOALS_1 Metas multianuales!A5:O25',
      'PLANIFICA_BUDGET_1 Presupuesto!A5:H10',
      'PLANIFICA_PROGRAMMATIC_1 Red programática!A5:H23',
      'PLANIFICA_INDICATORS_1 Indicadores multianuales!A5:R11',
      'PLANIFICA_FICHA_1 Fichas de indicadores!A5:G29',
      'PLANIFICA_FICHA_2 Fichas de indicadores!A32:G56',
      'PLANIFICA_FICHA_3 Fichas de indicadores!A59:G83',
      'PLANIFICA_FICHA_4 Fichas de indicadores!A86:G110',
      'PLANIFICA_RESULTS_1 Resultados!A5:G20',
      'PLANIFICA_COVERAGE_1 Cobertura!A5:F19',
      'PLANIFICA_PGG_1 Vinculación PGG!A5:F24',
      'PLANIFICA_POLICY_1 Análisis de políticas!A5:F12',
    ]);
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
    expect(cell(goals, 'E25')).toMatchObject({ formula: 'SUM(E7,E9,E12,E15,E19,E23)', result: 569504297 });
    expect(cell(goals, 'M25')).toMatchObject({ result: 620810475 });
    expect(cell(goals, 'O25')).toMatchObject({ formula: 'SUM(E25,G25,I25,K25,M25)' });
    expect(cell(goals, 'E15')).toMatchObject({ formula: 'SUM(E16:E18)', result: 4192292 });
    // Control (Persona): quantities add only its Persona subproducts, rows 20 and 22, not the Documento row 21.
    expect(cell(goals, 'D19')).toMatchObject({ formula: 'SUM(D20,D22)', result: 18267029 });
    expect(cell(goals, 'E19')).toMatchObject({ formula: 'SUM(E20:E22)', result: 109032118 });
    expect(cell(goals, 'N16')).toMatchObject({ formula: 'SUM(D16,F16,H16,J16,L16)' });
    // Checks under the matrix: budget total and the difference, highlighted when not zero.
    expect(cell(goals, 'E27')).toMatchObject({ formula: "'Presupuesto'!C10", result: 569504297 });
    expect(cell(goals, 'E28')).toMatchObject({ formula: 'E25-E27', result: 0 });
    expect(goals.conditionalFormats?.[0]).toMatchObject({ range: 'E28:O28', style: 'mismatch' });
    const indicators = sheetOf(spec, SHEET_NAMES.indicators);
    expect(cell(indicators, 'G10')).toMatchObject({ formula: "'Metas multianuales'!D15", result: 45654 });
    expect(cell(indicators, 'Q10')).toMatchObject({ formula: 'SUM(G10,I10,K10,M10,O10)', result: 252267 });
    expect(cell(indicators, 'F8')?.formula).toMatch(
      /^IF\('Fichas de indicadores'!E19="","",'Fichas de indicadores'!E19\/100\)$/,
    );
    const coverage = sheetOf(spec, SHEET_NAMES.coverage);
    expect(cell(coverage, 'D6')).toMatchObject({ formula: "'Vinculación PGG'!F9", result: 1 });
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
    expect(goals.print).toEqual({ orientation: 'landscape', fitToWidth: true, titleRows: '5:6', paperSize: 'letter' });
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
    expect(cell(goals, 'E23')).toMatchObject({ formula: 'SUM(E7,E11,E15,E19)', result: 0 });
    expect(cell(goals, 'D8')).toMatchObject({ value: 0, style: 'quantityInput' });
    expect(cell(goals, 'B8')).toMatchObject({ value: '', style: 'subproductName' });
    expect(cell(goals, 'D7')).toMatchObject({ formula: 'SUM(D8:D10)' });
    expect(spec.definedNames.filter((n) => n.name.startsWith('PLANIFICA_FICHA_'))).toHaveLength(4);
  });

  it('work for a one-year POA', () => {
    const spec = buildBlankSpec({ years: [2026], products: 1, subproductsPerProduct: 0 });
    const goals = sheetOf(spec, SHEET_NAMES.goals);
    expect(cell(goals, 'D5')?.value).toBe(2026);
    expect(cell(goals, 'D7')).toMatchObject({ value: 0, style: 'productQuantityInput' });
    expect(cell(goals, 'E8')).toMatchObject({ formula: 'SUM(E7)' });
    expect(spec.properties.title).toBe('Plan Operativo Anual 2026');
  });
});
