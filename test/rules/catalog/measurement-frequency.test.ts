import rule from '../../../src/rules/catalog/measurement-frequency';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichasSheet } from '../crossref/pom-sheets';

runRuleTests(rule, {
  valid: [
    {
      name: 'frequencies of the list, in any case and with or without accents',
      workbook: workbook(
        fichasSheet([
          { name: 'Porcentaje de asistencia', frequency: 'Anual' },
          { name: 'Porcentaje de cobertura', frequency: 'CUATRIMESTRAL' },
          { name: 'Porcentaje de documentos', frequency: 'mensual' },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: '"Bimestral" and a number',
      workbook: workbook(
        fichasSheet([
          { name: 'Porcentaje de asistencia', frequency: 'Bimestral' },
          { name: 'Porcentaje de cobertura', frequency: 12 },
        ]),
      ),
      findings: [
        {
          messageId: 'unknown',
          sheet: '9.1 Fichas',
          range: 'B12',
          kind: 'unknown-value',
          severity: 'error',
          actual: 'Bimestral',
        },
        { messageId: 'unknown', sheet: '9.1 Fichas', range: 'B37', actual: '12' },
      ],
    },
  ],
});
