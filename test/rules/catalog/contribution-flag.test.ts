import rule from '../../../src/rules/catalog/contribution-flag';
import { runRuleTests } from '../../support/rule-tester';
import { err, workbook } from '../../support/workbook';
import { coverageSheet, P, pggSheet, S } from '../crossref/pom-sheets';

runRuleTests(rule, {
  valid: [
    {
      name: '1 and 0, as numbers or text, and empty flags',
      workbook: workbook(
        pggSheet([P('Producto A', { flag: 1 }), S('Subproducto A'), P('Producto B', { flag: '0' }), P('Producto C')]),
        coverageSheet([P('Producto A', { flag: ' 1 ' }), P('Producto B', { flag: 0 })]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a "Sí", an X, a 2 and an error value',
      workbook: workbook(
        pggSheet([P('Producto A', { flag: 'Sí' }), P('Producto B', { flag: 2 })]),
        coverageSheet([P('Producto A', { flag: 'X' }), P('Producto B', { flag: err('#N/A') })]),
      ),
      findings: [
        {
          messageId: 'notBinary',
          sheet: '3.1 PGG',
          range: 'E3',
          kind: 'unknown-value',
          severity: 'error',
          actual: 'Sí',
        },
        { messageId: 'notBinary', sheet: '3.1 PGG', range: 'E4', actual: '2' },
        { messageId: 'notBinary', sheet: '9.4 Cobertura', range: 'D3', actual: 'X' },
        { messageId: 'notBinary', sheet: '9.4 Cobertura', range: 'D4', actual: '#N/A' },
      ],
    },
  ],
});
