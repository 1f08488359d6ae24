import rule from '../../../src/rules/catalog/unit-of-measure';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { goalsSheet, indicatorMatrixSheet, P, programmaticSheet, S } from '../crossref/pom-sheets';

runRuleTests(rule, {
  valid: [
    {
      name: 'catalogue units, singular or plural, with or without accents, and empty units',
      workbook: workbook(
        programmaticSheet([
          P('Producto A', { unit: 'Persona' }),
          S('Subproducto A', { unit: 'PERSONAS' }),
          P('Producto B', { unit: 'Documentos' }),
          S('Subproducto B', { unit: 'hectareas' }),
          S('Subproducto C'),
        ]),
        indicatorMatrixSheet([
          { product: 'Producto B', unit: 'Documentos', indicator: 'Porcentaje', absolute: [1, 2] },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'units the workbook carries in its own unit list are accepted, and one info says which',
      workbook: {
        ...workbook(
          goalsSheet([P('Producto A', { unit: 'Taller' }), S('Subproducto A', { unit: 'Delegación' })]),
          sheet('Listas', [['Unidades'], ['Persona'], ['Taller'], ['Documento']]),
        ),
        definedNames: [{ name: 'LISTA_UNIDADES', ref: 'Listas!$A$2:$A$4' }],
      },
      findings: [
        { messageId: 'unknown', sheet: '9.5 Metas', range: 'B4', severity: 'warning', actual: 'Delegación' },
        {
          messageId: 'extended',
          sheet: 'Listas',
          range: 'A2:A4',
          severity: 'info',
          data: { count: 1, units: 'Taller', list: 'LISTA_UNIDADES' },
        },
      ],
    },
    {
      name: 'a misspelt unit and a unit of the institution’s own',
      workbook: workbook(
        goalsSheet([P('Producto A', { unit: 'Docuemnto' }), S('Subproducto A', { unit: 'Delegación' })]),
      ),
      findings: [
        {
          messageId: 'unknown',
          sheet: '9.5 Metas',
          range: 'B3',
          kind: 'unknown-value',
          severity: 'warning',
          actual: 'Docuemnto',
          data: { item: 'Producto A' },
        },
        { messageId: 'unknown', sheet: '9.5 Metas', range: 'B4', actual: 'Delegación' },
      ],
    },
  ],
});
