import rule from '../../../src/rules/form/ficha-required-fields';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { fichaSheet } from '../totals/pom-tables';

/** A POA's short ficha (the INAB example): no Medios de verificación section at all. */
const shortFicha = (formula: boolean) =>
  sheet('Ficha indicador', [
    ['FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES'],
    ['1112-0021-000-000 INSTITUTO NACIONAL DE BOSQUES -INAB-'],
    [],
    ['Código y nombre del indicador', '1. Porcentaje de hectáreas bajo manejo forestal sostenible'],
    ['Categoría del indicador', 'PRODUCTO'],
    ['Objetivo asociado', 'Incrementar la superficie de bosque bajo manejo forestal'],
    ['Descripción del indicador', 'Mide las hectáreas incorporadas a manejo forestal'],
    formula ? ['Fórmula de cálculo', '(Hectáreas incorporadas / Hectáreas programadas) * 100'] : [],
    ['Frecuencia de medición', 'Trimestral'],
    [],
    ['Tendencia y meta del indicador'],
    ['Años', 2024, 2026],
    ['Valor', 72.5, 95],
    ['Línea base', 'Año:', 2024, 'Valor:', 72.5],
    ['Unidad responsable', 'Dirección de Manejo y Conservación de Bosques'],
  ]);

/** An untouched ficha as a person sees it right after inserting the template. */
const blankFicha = () =>
  sheet('Fichas', [
    ['FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES'],
    [],
    ['Código y nombre del indicador'],
    ['Categoría del indicador'],
    ['Objetivo asociado'],
    ['Descripción del indicador'],
    ['Fórmula de cálculo'],
    ['Frecuencia de medición'],
    ['Tendencia y meta del indicador'],
    ['Años', 2026, 2027],
    ['Valor'],
    ['Línea base', 'Año:', null, 'Valor:'],
    ['Unidad responsable'],
  ]);

runRuleTests(rule, {
  valid: [
    {
      name: 'a blank ficha that Planifica generated (named area) is a template waiting to be filled',
      workbook: {
        ...workbook(blankFicha()),
        definedNames: [{ name: 'PLANIFICA_FICHA_1', ref: "'Fichas'!$A$1:$G$13" }],
      },
    },
    {
      name: 'complete PRODUCTO fichas (Producción asociada not required)',
      workbook: workbook(fichaSheet([{}, {}])),
    },
    {
      name: 'a short ficha without the Medios de verificación section (their labels absent)',
      workbook: workbook(shortFicha(true)),
    },
    {
      name: 'a RESULTADO ficha with its Producción asociada',
      workbook: workbook(
        fichaSheet([{ category: 'RESULTADO', associatedProduction: 'Emisión de Documentos Migratorios' }]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the seed: a baseline with a year but no value',
      workbook: workbook(fichaSheet([{}, { baselineValue: null }])),
      findings: [
        {
          messageId: 'baselineValue',
          kind: 'missing-field',
          severity: 'error',
          sheet: '9.1 Fichas',
          range: 'E44',
          data: { year: '2023' },
          related: [{ sheet: '9.1 Fichas', range: 'C44' }],
        },
      ],
    },
    {
      name: 'empty required fields are reported where they should be typed',
      workbook: workbook(fichaSheet([{ formula: null, responsibleUnit: null, frequency: null }])),
      findings: [
        { messageId: 'field', range: 'B11', data: { field: 'Fórmula de cálculo' } },
        { messageId: 'field', range: 'B12', data: { field: 'Frecuencia de medición' } },
        { messageId: 'field', range: 'B21', data: { field: 'Unidad responsable' } },
      ],
    },
    {
      name: 'a baseline without year nor value, a trend year without value, a name without code',
      workbook: workbook(
        fichaSheet([
          {
            codeAndName: 'Porcentaje de documentos emitidos',
            baselineYear: null,
            baselineValue: null,
            trendValues: [83.77, 100, null, 100, 100, 100, 100],
          },
        ]),
      ),
      findings: [
        { messageId: 'code', range: 'B4' },
        {
          messageId: 'trendValue',
          range: 'D15',
          data: { year: '2026' },
          related: [{ sheet: '9.1 Fichas', range: 'D14' }],
        },
        { messageId: 'baselineYear', range: 'C16' },
        { messageId: 'baselineNoValue', range: 'E16' },
      ],
    },
    {
      name: 'a short ficha without its Fórmula de cálculo: what defines the indicator is always required',
      workbook: workbook(shortFicha(false)),
      findings: [{ messageId: 'field', sheet: 'Ficha indicador', range: 'A4', data: { field: 'Fórmula de cálculo' } }],
    },
    {
      name: 'a ficha nobody has filled (a blank template): one warning, not one error per field',
      workbook: workbook(
        sheet('Fichas', [
          ['FICHA TÉCNICA PARA DEFINICIÓN DE INDICADORES'],
          [],
          ['Código y nombre del indicador'],
          ['Categoría del indicador'],
          ['Objetivo asociado'],
          ['Descripción del indicador'],
          ['Fórmula de cálculo'],
          ['Frecuencia de medición'],
          ['Tendencia y meta del indicador'],
          ['Años', 2026, 2027],
          ['Valor'],
          ['Línea base', 'Año:', null, 'Valor:'],
          ['Unidad responsable'],
        ]),
      ),
      findings: [{ messageId: 'empty', range: 'B3', severity: 'warning' }],
    },
    {
      name: 'a RESULTADO ficha without its Producción asociada',
      workbook: workbook(fichaSheet([{ category: 'RESULTADO' }])),
      findings: [{ messageId: 'field', range: 'B23', data: { field: 'Producción asociada' } }],
    },
  ],
});
