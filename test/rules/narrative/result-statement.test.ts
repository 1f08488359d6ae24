import rule from '../../../src/rules/narrative/result-statement';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { resultsSheet, statement } from '../totals/pom-tables';

// Statements on row 4 (A4, B4, …) under "Año 2026 | Año 2027 | …" on row 3; a second block on row 7.
runRuleTests(rule, {
  valid: [
    {
      name: 'the seed §5 statements, each under its year',
      workbook: workbook(
        resultsSheet(
          [2026, 2027, 2030],
          [
            [statement(2026, '686,372'), statement(2027, '830,041'), statement(2030, '1,347,953')],
            [
              'Para el año 2026 se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a 7 delegaciones, acumulado (de 1 delegación en el año 2021 a 7 en el año 2026).',
              'Para el año 2027 se ha incrementado la cobertura a 8 delegaciones, acumulado (de 1 delegación en el año 2021 a 8 en el año 2027)',
              'Para el año 2030 se ha reducido el tiempo de espera a 3 días (de 10 días en el año 2021 a 3 días en el año 2030)',
            ],
          ],
        ),
      ),
    },
    {
      name: 'text that is not a result statement, and a statement without its parenthesis',
      workbook: workbook(
        resultsSheet(
          [2026, 2027],
          [['Descripción de Resultado', 'Para el año 2027 se ha incrementado la atención a 5 sedes']],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the seed §3.1: "a 686,372 … a 868,372", with a copy elsewhere that agrees',
      workbook: workbook(
        resultsSheet([2026, 2027], [[statement(2026, '686,372'), statement(2027, '830,041')]], '5 Resultados'),
        resultsSheet([2026, 2027], [[statement(2026, '686,372', '868,372'), statement(2027, '830,041')]], '3.1 PGG'),
      ),
      findings: [
        {
          messageId: 'value',
          kind: 'narrative-mismatch',
          severity: 'error',
          sheet: '3.1 PGG',
          range: 'A4',
          expected: 686372,
          actual: 868372,
          data: { target: '686,372', final: '868,372', year: 2026, expected: '686,372' },
          related: [{ sheet: '5 Resultados', range: 'A4' }],
        },
      ],
    },
    {
      name: 'the seed §5: the 2030 statement ends "a 11 en el año 2025"',
      workbook: workbook(
        resultsSheet(
          [2029, 2030],
          [
            [
              'Para el año 2029 se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a 10 delegaciones, acumulado (de 1 delegación en el año 2021 a 10 en el año 2029).',
              'Para el año 2030 se ha incrementado la cobertura del registro de control migratorio por las vías de acceso legal a 11 delegaciones, acumulado (de 1 delegación en el año 2021 a 11 en el año 2025).',
            ],
          ],
        ),
      ),
      findings: [
        {
          messageId: 'finalYear',
          range: 'B4',
          expected: 2030,
          actual: 2025,
          data: { year: 2030, finalYear: 2025 },
          related: [{ sheet: '5 Resultados', range: 'B3' }],
        },
      ],
    },
    {
      name: 'a lone statement under a title, outside any table (the INAB POA)',
      workbook: workbook(
        sheet('Resultado', [
          ['RESULTADO INSTITUCIONAL 2026'],
          [
            'Para el año 2026 se ha incrementado la superficie de bosque bajo manejo forestal sostenible a 19,000 hectáreas (de 15,000 hectáreas en el año 2023 a 19,000 hectáreas en el año 2024).',
          ],
        ]),
      ),
      findings: [{ messageId: 'finalYear', sheet: 'Resultado', range: 'A2', expected: 2026, actual: 2024 }],
    },
    {
      name: 'a cumulative result that goes down from one year to the next',
      workbook: workbook(
        resultsSheet(
          [2026, 2027, 2028],
          [[statement(2026, '686,372'), statement(2027, '630,041'), statement(2028, '973,710')]],
        ),
      ),
      findings: [
        {
          messageId: 'cumulative',
          range: 'B4',
          expected: 686372,
          actual: 630041,
          data: { year: 2027, previousYear: 2026, target: '630,041', previous: '686,372' },
          related: [{ sheet: '5 Resultados', range: 'A4' }],
        },
      ],
    },
    {
      name: 'a statement under the wrong year column',
      workbook: workbook(resultsSheet([2026, 2027], [[statement(2026, '686,372'), statement(2026, '830,041')]])),
      findings: [
        {
          messageId: 'columnYear',
          range: 'B4',
          expected: 2027,
          actual: 2026,
          related: [{ sheet: '5 Resultados', range: 'B3' }],
        },
      ],
    },
    {
      name: 'a baseline after the target year, and an increase that goes down',
      workbook: workbook(
        resultsSheet(
          [2026, 2027],
          [
            [
              'Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a 60,000 personas (de 64,660 en el año 2027 a 60,000 personas en el año 2026)',
              statement(2027, '830,041'),
            ],
          ],
        ),
      ),
      findings: [
        { messageId: 'baselineYear', range: 'A4', data: { baselineYear: 2027, year: 2026 } },
        { messageId: 'direction', range: 'A4', data: { verb: 'incrementado', baseline: '64,660', target: '60,000' } },
      ],
    },
  ],
});
