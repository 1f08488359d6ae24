import rule from '../../../src/rules/totals/subproducts-sum';
import { runRuleTests } from '../../support/rule-tester';
import { f, workbook } from '../../support/workbook';
import { goalsSheet } from './pom-tables';

runRuleTests(rule, {
  valid: [
    {
      name: 'products whose goals are the sums of their subproducts (typed and as formulas)',
      workbook: workbook(
        goalsSheet(
          [2026, 2027],
          [
            ['Producto: Asistencia', 'Persona', 165924, 38495564, f('SUM(E9:E10)', 143669), f('SUM(F9:F10)', 38389074)],
            ['Migrantes atendidos', 'Persona', 125924, 27495564, 103669, 27389074],
            ['Migrantes en albergues', 'Persona', 40000, 11000000, 40000, 11000000],
          ],
        ),
      ),
    },
    {
      name: 'subproducts without amounts are not summed',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Asistencia', 'Persona', 165924, 38495564],
            ['Migrantes atendidos', 'Persona', null, null],
            ['Migrantes en albergues', 'Persona', null, null],
          ],
        ),
      ),
    },
    {
      name: 'physical goals add up only across the product unit (Informes in Documentos are left out)',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Control migratorio', 'Persona', 18267029, 109032118],
            ['Personas con registro de ingreso y egreso', 'Persona', 18217029, 107293118],
            ['Informes de la Política Migratoria', 'Documento', 4, 1200000],
            ['Personas atendidas en certificaciones', 'Persona', 50000, 539000],
          ],
        ),
      ),
    },
    {
      name: 'a product whose unit is not its subproducts usual one: no physical sum is attempted',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Control migratorio', 'Documento', 18267029, 109032118],
            ['Personas con registro de ingreso y egreso', 'Persona', 18217029, 107293118],
            ['Informes de la Política Migratoria', 'Documento', 4, 1200000],
            ['Personas atendidas en certificaciones', 'Persona', 50000, 539000],
          ],
        ),
      ),
    },
    {
      name: 'subproducts with no unit: no physical sum; money to the centavo',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Emisión', 'Documento', 7, 0.3],
            ['Pasaportes', '', 1, 0.1],
            ['Prórrogas', '', 1, 0.2],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a product whose financial goal is not the sum of its subproducts',
      workbook: workbook(
        goalsSheet(
          [2026, 2027],
          [
            ['Producto: Asistencia', 'Persona', 165924, 38495564, 143669, 38389074],
            ['Migrantes atendidos', 'Persona', 125924, 27495564, 103669, 27389074],
            ['Migrantes en albergues', 'Persona', 40000, 11000000, 40000, 11500000],
          ],
        ),
      ),
      findings: [
        {
          messageId: 'financial',
          kind: 'total-mismatch',
          range: 'F8',
          expected: 38889074,
          actual: 38389074,
          data: { year: 2027, product: 'Asistencia' },
          related: [
            { sheet: '9.5 Metas', range: 'F9' },
            { sheet: '9.5 Metas', range: 'F10' },
          ],
          fix: { range: 'F8', formula: '=SUM(F9:F10)' },
        },
      ],
    },
    {
      name: 'a physical goal that is not the sum of the subproducts in the product unit',
      workbook: workbook(
        goalsSheet(
          [2026],
          [
            ['Producto: Control migratorio', 'Persona', 18267129, 109032118],
            ['Personas con registro de ingreso y egreso', 'Persona', 18217029, 107293118],
            ['Informes de la Política Migratoria', 'Documento', 4, 1200000],
            ['Personas atendidas en certificaciones', 'Persona', 50000, 539000],
          ],
        ),
      ),
      findings: [
        {
          messageId: 'physical',
          range: 'C8',
          expected: 18267029,
          actual: 18267129,
          data: { unit: 'Persona' },
          fix: { range: 'C8', formula: '=SUM(C9,C11)' },
        },
      ],
    },
  ],
});
