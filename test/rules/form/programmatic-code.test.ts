import rule from '../../../src/rules/form/programmatic-code';
import { runRuleTests } from '../../support/rule-tester';
import { sheet, workbook } from '../../support/workbook';
import { programmaticSheet } from '../totals/pom-tables';

/** A POA that writes the whole structure in one column (the INAB example). */
const poa = (code: string) =>
  sheet('POA 2026', [
    ['PLAN OPERATIVO ANUAL 2026'],
    [],
    [
      'Estructura programática',
      'Producto / Subproducto',
      'Unidad de medida',
      'Meta física 2026',
      'Meta financiera 2026',
    ],
    ['01-00-000-001', 'Producto: Dirección y Coordinación', 'Documento', 12, 118450000],
    [null, 'Dirección y Coordinación', 'Documento', 12, 118450000],
    [code, 'Producto: Plantas producidas en viveros forestales', 'Planta', 2500000, 15730000],
    [null, 'Plantas forestales producidas', 'Planta', 2200000, 12480000],
  ]);

// Product rows: 5, then 5 + (1 + subproducts + 1 blank) for each product before it.
runRuleTests(rule, {
  valid: [
    {
      name: 'codes typed as text with their zeros, subproducts without codes',
      workbook: workbook(
        programmaticSheet([
          {
            name: 'Dirección y Coordinación',
            unit: 'Documento',
            codes: ['01', '00', '00', '001'],
            subproducts: [['Dirección y coordinación', 'Documento']],
          },
          { name: 'Emisión de Documentos Migratorios', unit: 'Documento', codes: ['11', '00', '000', '002'] },
        ]),
      ),
    },
    {
      name: 'codes typed as numbers: 1 in the Programa column means 01',
      workbook: workbook(
        programmaticSheet([{ name: 'Dirección y Coordinación', unit: 'Documento', codes: [1, 0, 0, 1] }]),
      ),
    },
    {
      name: 'a subproduct that repeats its product codes',
      workbook: workbook(
        programmaticSheet([
          {
            name: 'Asistencia y Protección a las Personas Migrantes',
            unit: 'Persona',
            codes: ['11', '00', '00', '001'],
            subproducts: [['Migrantes atendidos', 'Persona', '11', '00', '00', '001']],
          },
        ]),
      ),
    },
    {
      name: 'combined codes "11-00-000-001" in a POA column',
      workbook: workbook(poa('11-00-000-002')),
    },
  ],
  invalid: [
    {
      name: 'the seed Aportes row: no programa, "99 00 00" slid one column to the right',
      workbook: workbook(
        programmaticSheet([
          { name: 'Dirección y Coordinación', unit: 'Documento', codes: ['01', '00', '00', '001'] },
          {
            name: 'Aportes a Instituciones Nacionales e Internacionales',
            unit: 'Documento',
            codes: [null, '99', '00', '00'],
            subproducts: [['Aportes a instituciones nacionales e internacionales', 'Documento']],
          },
        ]),
      ),
      findings: [
        {
          messageId: 'slid',
          kind: 'invalid-code',
          severity: 'error',
          sheet: '9.3 Red programática',
          range: 'E7',
          expected: '99-00-00-',
          actual: '-99-00-00',
          data: {
            product: 'Aportes a Instituciones Nacionales e Internacionales',
            shift: 'una columna',
            corrected: 'programa 99, subprograma 00, proyecto 00',
            missing: 'actividad',
          },
          related: [
            { sheet: '9.3 Red programática', range: 'F7' },
            { sheet: '9.3 Red programática', range: 'G7' },
            { sheet: '9.3 Red programática', range: 'H7' },
          ],
        },
        { messageId: 'malformed', range: 'H7', actual: '00', expected: '000', data: { segment: 'actividad' } },
      ],
    },
    {
      name: 'an empty segment on a product row',
      workbook: workbook(
        programmaticSheet([
          { name: 'Emisión de Documentos Migratorios', unit: 'Documento', codes: ['11', '00', null, '002'] },
        ]),
      ),
      findings: [{ messageId: 'empty', range: 'G5', data: { segment: 'proyecto' } }],
    },
    {
      name: 'codes with too many digits, letters, decimals, or text without its zero',
      workbook: workbook(
        programmaticSheet([
          { name: 'Emisión de Documentos Migratorios', unit: 'Documento', codes: ['111', 'A0', 1.5, '2'] },
        ]),
      ),
      findings: [
        { messageId: 'malformed', range: 'E5', actual: '111', data: { problem: 'tiene 3 dígitos', digits: '2' } },
        { messageId: 'malformed', range: 'F5', actual: 'A0', data: { problem: 'no es un número entero' } },
        { messageId: 'malformed', range: 'G5', data: { digits: '2 o 3' } },
        { messageId: 'malformed', range: 'H5', actual: '2', expected: '002', data: { problem: 'tiene 1 dígito' } },
      ],
    },
    {
      name: 'a combined code whose actividad has 2 digits (the INAB example)',
      workbook: workbook(poa('11-00-000-02')),
      findings: [
        {
          messageId: 'combined',
          kind: 'invalid-code',
          sheet: 'POA 2026',
          range: 'A6',
          actual: '11-00-000-02',
          data: {
            product: 'Plantas producidas en viveros forestales',
            problem: 'el código de actividad «02» tiene 2 dígitos y debe tener 3 dígitos',
          },
        },
      ],
    },
    {
      name: 'a marked product with no codes at all',
      workbook: workbook(
        programmaticSheet([
          { name: 'Dirección y Coordinación', unit: 'Documento', codes: ['01', '00', '00', '001'] },
          { name: 'Emisión de Documentos Migratorios', unit: 'Documento', codes: [] },
        ]),
      ),
      findings: [{ messageId: 'noCode', range: 'E7' }],
    },
    {
      name: 'a subproduct that writes a malformed code (but need not write all four)',
      workbook: workbook(
        programmaticSheet([
          {
            name: 'Asistencia y Protección a las Personas Migrantes',
            unit: 'Persona',
            codes: ['11', '00', '00', '001'],
            subproducts: [['Migrantes atendidos', 'Persona', '11', null, null, '0001']],
          },
        ]),
      ),
      findings: [{ messageId: 'malformed', range: 'H6', actual: '0001' }],
    },
  ],
});
