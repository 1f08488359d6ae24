import rule from '../../../src/rules/form/indicator-code-unique';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { fichaSheet } from '../totals/pom-tables';

runRuleTests(rule, {
  valid: [
    {
      name: 'fichas coded 1., 2., 3.',
      workbook: workbook(fichaSheet([{}, {}, {}])),
    },
    {
      name: 'codes 1.1 and 1.2 are different',
      workbook: workbook(
        fichaSheet([{ codeAndName: '1.1 Porcentaje de visas' }, { codeAndName: '1.2 Porcentaje de residencias' }]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the seed: every indicator coded "1."',
      workbook: workbook(
        fichaSheet([
          { codeAndName: '1. Porcentaje de asistencia y protección de migrantes' },
          { codeAndName: '1. Porcentaje de documentos migratorios emitidos' },
          { codeAndName: '1 Porcentaje de documentos de extranjería' },
        ]),
      ),
      findings: [
        {
          messageId: 'duplicate',
          kind: 'duplicate-id',
          sheet: '9.1 Fichas',
          range: 'B32',
          actual: '1.',
          data: {
            name: 'Porcentaje de documentos migratorios emitidos',
            firstName: 'Porcentaje de asistencia y protección de migrantes',
          },
          related: [{ sheet: '9.1 Fichas', range: 'B4' }],
        },
        { messageId: 'duplicate', range: 'B60', related: [{ sheet: '9.1 Fichas', range: 'B4' }] },
      ],
    },
  ],
});
