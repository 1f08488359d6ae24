import rule from '../../../src/rules/crossref/item-unit';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { goalsSheet, indicatorMatrixSheet, P, programmaticSheet, S } from './pom-sheets';

const control = 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional';
const indicator = (unit: string) =>
  indicatorMatrixSheet([
    {
      product: control,
      unit,
      indicator: 'Porcentaje de cobertura de control migratorio',
      absolute: [18267029, 19045289],
    },
  ]);

runRuleTests(rule, {
  valid: [
    {
      name: 'the same unit, singular or plural, with or without accents and case',
      workbook: workbook(
        indicator('Personas'),
        programmaticSheet([P(control, { unit: 'Persona' }), S('Informes de avance', { unit: 'Documento' })]),
        goalsSheet([P(control, { unit: 'PERSONA' }), S('Informes de avance', { unit: 'Documentos' })]),
      ),
    },
    {
      name: 'a product and its same-named subproduct may have different units',
      workbook: workbook(
        programmaticSheet([
          P('Dirección y Coordinación', { unit: 'Documento' }),
          S('Dirección y Coordinación', { unit: 'Evento' }),
        ]),
        goalsSheet([
          P('Dirección y Coordinación', { unit: 'Documento' }),
          S('Dirección y Coordinación', { unit: 'Evento' }),
        ]),
      ),
    },
    {
      name: 'a unit left empty in one matrix is not a disagreement',
      workbook: workbook(programmaticSheet([P(control, { unit: 'Persona' })]), goalsSheet([P(control)])),
    },
    {
      name: 'a unit outside the catalogue, typed the same way',
      workbook: workbook(
        programmaticSheet([P('Sedes habilitadas', { unit: 'Delegación' })]),
        goalsSheet([P('Sedes habilitadas', { unit: 'delegacion' })]),
      ),
    },
  ],
  invalid: [
    {
      name: '"Documento" in the goals matrix, "Persona" in the programmatic and indicator matrices (seed 001)',
      workbook: workbook(
        indicator('Persona'),
        programmaticSheet([P(control, { unit: 'Persona' })]),
        goalsSheet([P(control, { unit: 'Documento' })]),
      ),
      findings: [
        {
          messageId: 'differs',
          sheet: '9.5 Metas',
          range: 'B3',
          kind: 'cross-sheet-mismatch',
          severity: 'error',
          expected: 'Persona',
          actual: 'Documento',
          related: [
            { sheet: '9.3 Red', range: 'C2' },
            { sheet: '9.1 Multianual', range: 'B5' },
          ],
        },
      ],
    },
    {
      name: 'one against one: reported on the goals matrix, the later in the chain',
      workbook: workbook(
        goalsSheet([P(control, { unit: 'Documento' })]),
        programmaticSheet([P(control, { unit: 'Persona' })]),
      ),
      findings: [
        {
          messageId: 'differs',
          sheet: '9.5 Metas',
          range: 'B3',
          expected: 'Persona',
          actual: 'Documento',
          related: [{ sheet: '9.3 Red', range: 'C2' }],
        },
      ],
    },
    {
      name: 'the majority wins: the programmatic matrix disagrees with two others',
      workbook: workbook(
        indicator('Documentos'),
        programmaticSheet([P(control, { unit: 'Persona' })]),
        goalsSheet([P(control, { unit: 'Documento' })]),
      ),
      findings: [{ messageId: 'differs', sheet: '9.3 Red', range: 'C2', expected: 'Documentos', actual: 'Persona' }],
    },
    {
      name: 'a subproduct whose unit differs, matched through a misspelt product',
      workbook: workbook(
        programmaticSheet([P(control, { unit: 'Persona' }), S('Informes de avance', { unit: 'Documento' })]),
        goalsSheet([
          P('Control, Registro de Nacionales y Extranjeros en el Territorio Nacinal', { unit: 'Persona' }),
          S('Informes de avance', { unit: 'Evento' }),
        ]),
      ),
      findings: [{ messageId: 'differs', sheet: '9.5 Metas', range: 'B4', expected: 'Documento', actual: 'Evento' }],
    },
  ],
});
