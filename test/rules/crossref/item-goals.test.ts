import rule from '../../../src/rules/crossref/item-goals';
import { runRuleTests } from '../../support/rule-tester';
import { f, workbook, type CellSpec } from '../../support/workbook';
import { goalsSheet, indicatorMatrixSheet, P, S, type IndicatorSpec } from './pom-sheets';

const control = 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional';
const emision = 'Emisión de Documentos Migratorios';
const years = [2026, 2027, 2028];

function indicator(product: string, absolute: (number | string | null)[], total?: CellSpec): IndicatorSpec {
  return { product, unit: 'Persona', indicator: `Porcentaje de ${product}`, absolute, total };
}

runRuleTests(rule, {
  valid: [
    {
      name: 'the same yearly goals in both matrices',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, [18267029, 19045289, 20852267], 58164585)], years),
        goalsSheet([P(control, { physical: [18267029, 19045289, 20852267], financial: [1, 2, 3] })], years),
      ),
    },
    {
      name: 'a number typed as text with thousands separators is the same goal',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, ['18,267,029', 19045289, 20852267])], years),
        goalsSheet([P(control, { physical: [18267029, '19,045,289', 20852267] })], years),
      ),
    },
    {
      name: 'a subproduct with the product’s name is not compared with the product’s indicator row',
      workbook: workbook(
        indicatorMatrixSheet([indicator(emision, [1225189, 1293948, 1367545])], years),
        goalsSheet(
          [
            P(emision, { physical: [1225189, 1293948, 1367545] }),
            S(emision, { physical: [1135189, 1191948, 1251545] }),
          ],
          years,
        ),
      ),
    },
    {
      name: 'years only one matrix has, and empty cells, are not compared',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, [18267029, null])], [2026, 2027]),
        goalsSheet([P(control, { physical: [18267029, 5, 7] })], years),
      ),
    },
    {
      name: 'no indicator matrix at all',
      workbook: workbook(goalsSheet([P(control, { physical: [1, 2, 3] })], years)),
    },
  ],
  invalid: [
    {
      name: 'goals matrix wrong in 2027: the indicator matrix’s total confirms its years (seed 001)',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, [18267029, 19045289, 20852267], 58164585)], years),
        goalsSheet([P(control, { physical: [18267029, 19045389, 20852257] })], years),
      ),
      findings: [
        {
          messageId: 'goalsWrong',
          sheet: '9.5 Metas',
          range: 'E3',
          kind: 'cross-sheet-mismatch',
          severity: 'error',
          expected: 19045289,
          actual: 19045389,
          related: [
            { sheet: '9.1 Multianual', range: 'I5' },
            { sheet: '9.1 Multianual', range: 'M5' },
          ],
          data: { year: 2027 },
        },
        { messageId: 'goalsWrong', sheet: '9.5 Metas', range: 'G3', expected: 20852267, actual: 20852257 },
      ],
    },
    {
      name: 'indicator matrix wrong: its total only adds up with the goals matrix’s figure (seed 001, 1,517)',
      workbook: workbook(
        indicatorMatrixSheet([indicator(emision, [1225189, 1293948, 1517], 4036966)], years),
        goalsSheet([P(emision, { physical: [1225189, 1293948, 1517829] })], years),
      ),
      findings: [
        {
          messageId: 'indicatorWrongByTotal',
          sheet: '9.1 Multianual',
          range: 'K5',
          expected: 1517829,
          actual: 1517,
          related: [
            { sheet: '9.5 Metas', range: 'G3' },
            { sheet: '9.1 Multianual', range: 'M5' },
          ],
        },
      ],
    },
    {
      name: 'no total to tell which side is right: reported on the goals cell, naming both',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, [100, 200, 300])], years),
        goalsSheet([P(control, { physical: [100, 250, 300] })], years),
      ),
      findings: [
        {
          messageId: 'differs',
          sheet: '9.5 Metas',
          range: 'E3',
          expected: 200,
          actual: 250,
          related: [{ sheet: '9.1 Multianual', range: 'I5' }],
        },
      ],
    },
    {
      name: 'indicator matrix wrong: the goals figure is the sum of its subproducts (and the total is a SUM formula)',
      workbook: workbook(
        indicatorMatrixSheet([indicator(emision, [10, 20, 38], f('SUM(G5,I5,K5)', 68))], years),
        goalsSheet(
          [
            P(emision, { unit: 'Documento', physical: [10, 20, 30] }),
            S(emision, { unit: 'Documento', physical: [5, 10, 20] }),
            S('Prórroga de Documentos Migratorios', { unit: 'Documentos', physical: [5, 10, 10] }),
          ],
          years,
        ),
      ),
      findings: [
        {
          messageId: 'indicatorWrongBySubproducts',
          sheet: '9.1 Multianual',
          range: 'K5',
          expected: 30,
          actual: 38,
          related: [{ sheet: '9.5 Metas', range: 'G3' }],
        },
      ],
    },
    {
      name: 'a SUM formula total confirms nothing, and subproducts in other units add nothing',
      workbook: workbook(
        indicatorMatrixSheet([indicator(control, [10, 20, 38], f('SUM(G5,I5,K5)', 68))], years),
        goalsSheet(
          [
            P(control, { unit: 'Persona', physical: [10, 20, 30] }),
            S('Personas registradas', { unit: 'Persona', physical: [5, 10, 26] }),
            S('Informes', { unit: 'Documento', physical: [5, 10, 4] }),
          ],
          years,
        ),
      ),
      findings: [{ messageId: 'differs', sheet: '9.5 Metas', range: 'G3', expected: 38, actual: 30 }],
    },
    {
      name: 'matched through a misspelt product name',
      workbook: workbook(
        indicatorMatrixSheet([indicator('Emision de Documentos Migratorio', [10, 20, 30], 60)], years),
        goalsSheet([P(emision, { physical: [10, 20, 35] })], years),
      ),
      findings: [{ messageId: 'goalsWrong', sheet: '9.5 Metas', range: 'G3', expected: 30, actual: 35 }],
    },
  ],
});
