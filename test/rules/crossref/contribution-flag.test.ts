import rule from '../../../src/rules/crossref/contribution-flag';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { coverageSheet, P, pggSheet, S } from './pom-sheets';

const asistencia = 'Asistencia y Protección a las Personas Migrantes';
const emision = 'Emisión de Documentos Migratorios';

runRuleTests(rule, {
  valid: [
    {
      name: 'the same flags in both matrices, as numbers or as text',
      workbook: workbook(
        pggSheet([P(asistencia, { flag: 1 }), S('Migrantes atendidos'), P(emision, { flag: 0 })]),
        coverageSheet([P(asistencia, { flag: '1' }), S('Migrantes atendidos'), P(emision, { flag: 0 })]),
      ),
    },
    {
      name: 'a product and its same-named subproduct: only the product carries the flag',
      workbook: workbook(
        pggSheet([P(emision, { flag: 1 }), S(emision)]),
        coverageSheet([P(emision, { flag: 1 }), S(emision)]),
      ),
    },
    {
      name: 'a flag left empty, or not 1/0 (catalog/contribution-flag’s business), is not compared',
      workbook: workbook(
        pggSheet([P(asistencia, { flag: 1 }), P(emision, { flag: 'X' })]),
        coverageSheet([P(asistencia), P(emision, { flag: 0 })]),
      ),
    },
    {
      name: 'no coverage matrix',
      workbook: workbook(pggSheet([P(asistencia, { flag: 1 })])),
    },
  ],
  invalid: [
    {
      name: 'the coverage matrix says 0 where the PGG matrix says 1',
      workbook: workbook(
        pggSheet([P(asistencia, { flag: 1 }), P(emision, { flag: 1 })]),
        coverageSheet([P(asistencia, { flag: 1 }), P(emision, { flag: 0 })]),
      ),
      findings: [
        {
          messageId: 'differs',
          sheet: '9.4 Cobertura',
          range: 'D4',
          kind: 'cross-sheet-mismatch',
          severity: 'error',
          expected: 1,
          actual: 0,
          related: [{ sheet: '3.1 PGG', range: 'E4' }],
        },
      ],
    },
    {
      name: 'matched through accents and case',
      workbook: workbook(
        pggSheet([P(asistencia, { flag: 0 })]),
        coverageSheet([P('ASISTENCIA Y PROTECCION A LAS PERSONAS MIGRANTES', { flag: '1' })]),
      ),
      findings: [{ messageId: 'differs', sheet: '9.4 Cobertura', range: 'D3', expected: 0, actual: 1 }],
    },
  ],
});
