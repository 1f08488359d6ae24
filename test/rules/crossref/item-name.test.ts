import rule from '../../../src/rules/crossref/item-name';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { goalsSheet, P, pggSheet, programmaticSheet, S, type ItemSpec } from './pom-sheets';

const visas: ItemSpec[] = [
  P('Registro, Control y Emisión de Visas y Residencias', { unit: 'Documento' }),
  S('Visas guatemaltecas emitidas', { unit: 'Documento' }),
  S('Residencias emitidas', { unit: 'Documento' }),
  S('Registro de extranjería', { unit: 'Documento' }),
];
const rename = (items: ItemSpec[], from: string, to: string): ItemSpec[] =>
  items.map((item) => (item.name === from ? { ...item, name: to } : item));

runRuleTests(rule, {
  valid: [
    {
      name: 'the same names in every matrix',
      workbook: workbook(programmaticSheet(visas), goalsSheet(visas)),
    },
    {
      name: 'accents, case, spacing and punctuation differ',
      workbook: workbook(
        programmaticSheet(visas),
        goalsSheet([
          P('REGISTRO CONTROL Y EMISION DE VISAS Y RESIDENCIAS', { unit: 'Documento' }),
          S('Visas  Guatemaltecas emitidas.', { unit: 'Documento' }),
          S('residencias emitidas', { unit: 'Documento' }),
          S('Registro de Extranjeria', { unit: 'Documento' }),
        ]),
      ),
    },
    {
      name: 'a product and its same-named subproduct',
      workbook: workbook(
        programmaticSheet([P('Dirección y Coordinación'), S('Dirección y Coordinación')]),
        goalsSheet([P('Dirección y Coordinación'), S('Dirección y coordinación')]),
      ),
    },
    {
      name: 'different names that share words are different items, not typos',
      workbook: workbook(
        programmaticSheet([P('Emisión de Documentos Migratorios'), S('Emisión de Documentos Migratorios')]),
        goalsSheet([P('Emisión de Documentos Migratorios'), S('Prórroga de Documentos Migratorios')]),
      ),
    },
    {
      name: 'two near names listed side by side in one matrix are both meant',
      workbook: workbook(
        programmaticSheet([P('Informe de avance mensual'), P('Informes de avance mensual')]),
        goalsSheet([P('Informe de avance mensual'), P('Informes de avance mensual')]),
      ),
    },
    {
      name: 'a single matrix',
      workbook: workbook(goalsSheet(rename(visas, 'Visas guatemaltecas emitidas', 'Vistas guatemaltecas emitidas'))),
    },
  ],
  invalid: [
    {
      name: '"Vistas" for "Visas" in the goals matrix (seed 001 §9.5)',
      workbook: workbook(
        pggSheet(visas),
        programmaticSheet(visas),
        goalsSheet(rename(visas, 'Visas guatemaltecas emitidas', 'Vistas Guatemaltecas emitidas')),
      ),
      findings: [
        {
          messageId: 'typo',
          sheet: '9.5 Metas',
          range: 'A4',
          kind: 'cross-sheet-mismatch',
          severity: 'warning',
          expected: 'Visas guatemaltecas emitidas',
          actual: 'Vistas Guatemaltecas emitidas',
          related: [
            { sheet: '9.3 Red', range: 'B3' },
            { sheet: '3.1 PGG', range: 'D4' },
          ],
        },
      ],
    },
    {
      name: 'one against one: the later matrix of the chain holds the typo',
      workbook: workbook(
        goalsSheet([P('Asistencia y Protección a las Personas Migrantes')]),
        programmaticSheet([P('Asistencia y Protecion a las Personas Migrantes')]),
      ),
      findings: [
        {
          messageId: 'typo',
          sheet: '9.5 Metas',
          range: 'A3',
          expected: 'Asistencia y Protecion a las Personas Migrantes',
          actual: 'Asistencia y Protección a las Personas Migrantes',
          related: [{ sheet: '9.3 Red', range: 'B2' }],
        },
      ],
    },
    {
      name: 'the majority wins over the chain order, and a dropped word is a near miss',
      workbook: workbook(
        programmaticSheet([P('Asistencia y Protección a Personas Migrantes')]),
        pggSheet([P('Asistencia y Protección a las Personas Migrantes')]),
        goalsSheet([P('Asistencia y Protección a las Personas Migrantes')]),
      ),
      findings: [
        {
          messageId: 'typo',
          sheet: '9.3 Red',
          range: 'B2',
          expected: 'Asistencia y Protección a las Personas Migrantes',
          actual: 'Asistencia y Protección a Personas Migrantes',
        },
      ],
    },
  ],
});
