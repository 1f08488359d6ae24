import rule from '../../../src/rules/catalog/indicator-category';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichasSheet } from '../crossref/pom-sheets';

runRuleTests(rule, {
  valid: [
    {
      name: 'PRODUCTO, Resultado and "Indicador de producto"',
      workbook: workbook(
        fichasSheet([
          { name: 'Porcentaje de asistencia', category: 'PRODUCTO' },
          { name: 'Porcentaje de cobertura', category: 'Resultado' },
          { name: 'Porcentaje de documentos', category: 'Indicador de producto' },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a category outside the list',
      workbook: workbook(
        fichasSheet([
          { name: 'Porcentaje de asistencia', category: 'PRODUCTO' },
          { name: 'Porcentaje de cobertura', category: 'IMPACTO' },
        ]),
      ),
      findings: [
        {
          messageId: 'unknown',
          sheet: '9.1 Fichas',
          range: 'B30',
          kind: 'unknown-value',
          severity: 'error',
          actual: 'IMPACTO',
          data: { indicator: 'Porcentaje de cobertura' },
        },
      ],
    },
  ],
});
