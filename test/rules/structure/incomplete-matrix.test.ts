import rule from '../../../src/rules/structure/incomplete-matrix';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { seedBudget, seedGoals, seedProgrammatic } from '../../domain/recognize/seed-sheets';

const goalsHeader = ['PRODUCTO / SUBPRODUCTO', 'UNIDAD DE MEDIDA', 2026, null, 2027, null];
const goalsSubheader = [null, null, 'Meta Física', 'Meta Financiera', 'Meta Física', 'Meta Financiera'];

/** A goals matrix far longer than any real one: its Total row is still found at the bottom. */
function longGoalsMatrix(products: number) {
  const rows: (string | number | null)[][] = [];
  for (let i = 1; i <= products; i++) rows.push([`Producto ${i}: servicios`, 'Persona', 1, 10, 1, 10]);
  rows.push(['Total', null, products, products * 10, products, products * 10]);
  const metas = sheet('Metas', [goalsHeader, goalsSubheader]);
  // Appended directly: the table helper's bounds use Math.min(...), too many arguments here.
  rows.forEach((row, r) =>
    row.forEach((value, col) => {
      if (value !== null) metas.cells.push({ row: r + 2, col, value });
    }),
  );
  metas.usedRange = `A1:F${rows.length + 2}`;
  return workbook(metas);
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a goals matrix of 20,100 products (past the old 20,000-row cut-off) keeps its Total row',
      workbook: longGoalsMatrix(20_100),
    },
    { name: 'the seed goals matrix (two-row header, typos, Total row)', workbook: workbook(seedGoals()) },
    { name: 'the seed budget in two tables', workbook: workbook(seedBudget()) },
    { name: 'the seed programmatic matrix, "PROYECTO" included', workbook: workbook(seedProgrammatic()) },
    {
      name: 'a goals matrix with both goals every year and a Total',
      workbook: workbook(
        sheet('Metas', [
          goalsHeader,
          goalsSubheader,
          ['Producto: Visas', 'Documento', 1, 10, 2, 20],
          ['Total', null, null, 10, null, 20],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a goals matrix without financial columns and without Total',
      workbook: workbook(
        sheet(
          'Metas',
          [
            ['PRODUCTO', 'UNIDAD DE MEDIDA', 'META FÍSICA 2026', 'META FÍSICA 2027'],
            ['Producto: Visas emitidas', 'Documento', 10, 11],
          ],
          { origin: 'B3' },
        ),
      ),
      findings: [
        {
          messageId: 'missingColumns',
          sheet: 'Metas',
          range: 'B3',
          severity: 'warning',
          kind: 'structure',
          data: { matrix: 'Productos, subproductos y metas multianuales', columns: '«Meta financiera»' },
        },
        { messageId: 'missingTotal', range: 'B3', severity: 'info' },
      ],
    },
    {
      name: 'one year without its financial column',
      workbook: workbook(
        sheet('Metas', [
          goalsHeader.slice(0, 5),
          goalsSubheader.slice(0, 5),
          ['Producto: Visas', 'Documento', 1, 10, 2],
          ['Total', null, null, 10, null],
        ]),
      ),
      findings: [{ messageId: 'yearWithoutColumn', range: 'E1', data: { year: 2027, column: 'Meta financiera' } }],
    },
    {
      name: 'a programmatic matrix without unit column',
      workbook: workbook(
        sheet('Red', [
          ['Producto / Subproducto', 'Programa', 'Subprograma', 'Actividad'],
          ['Producto: Visas', '11', '00', '003'],
        ]),
      ),
      findings: [
        {
          messageId: 'missingColumns',
          range: 'A1',
          data: { matrix: 'Red de categorías programáticas', columns: '«Unidad de medida» y «Proyecto»' },
        },
      ],
    },
  ],
});
