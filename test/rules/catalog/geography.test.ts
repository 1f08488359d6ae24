import rule from '../../../src/rules/catalog/geography';
import { runRuleTests } from '../../support/rule-tester';
import { workbook } from '../../support/workbook';
import { coverageSheet, P, S } from '../crossref/pom-sheets';

runRuleTests(rule, {
  valid: [
    {
      name: 'the seed’s lists (names separated by spaces) and national coverage',
      workbook: workbook(
        coverageSheet([
          P('Emisión de Documentos Migratorios', { flag: 1 }),
          S('Emisión de Documentos Migratorios', {
            departments:
              'GUATEMALA ESCUINTLA QUETZALTENANGO PETÉN ZACAPA CHIQUIMULA SUCHITEPEQUEZ IZABAL HUEHUETENANGO ALTA VERAPAZ',
            municipalities:
              'GUATEMALA SAN JOSÉ QUETZALTENANGO FLORES RIO HONDO CHIQUIMULA MAZATENANGO PUERTO BARRIOS HUEHUETENANGO COBAN',
          }),
          S('Prórroga de Documentos Migratorios', {
            departments: 'COBERTURA A NIVEL NACIONAL',
            municipalities: 'COBERTURA A NIVEL NACIONAL',
          }),
        ]),
      ),
    },
    {
      name: 'names one per line or separated by commas',
      workbook: workbook(
        coverageSheet([
          P('Control migratorio', {
            departments: 'San Marcos\nJutiapa',
            municipalities: 'Ayutla, Tecún Umán\nJutiapa',
          }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a misspelt department and an unknown municipality',
      workbook: workbook(
        coverageSheet([
          P('Control migratorio', {
            departments: 'GUATEMALA PETEM',
            municipalities: 'GUATEMALA FLORES VILLA NUEVA XYZ',
          }),
        ]),
      ),
      findings: [
        {
          messageId: 'unknownDepartments',
          sheet: '9.4 Cobertura',
          range: 'E3',
          kind: 'unknown-value',
          severity: 'warning',
          actual: 'PETEM',
        },
        { messageId: 'unknownMunicipalities', sheet: '9.4 Cobertura', range: 'F3', actual: 'XYZ' },
        {
          messageId: 'outsideDepartments',
          sheet: '9.4 Cobertura',
          range: 'F3',
          severity: 'info',
          data: { municipality: 'FLORES', department: 'Petén' },
        },
      ],
    },
  ],
});
