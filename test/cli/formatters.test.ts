import { formatJson } from '../../src/cli/formatters/json';
import { formatSarif, toUri } from '../../src/cli/formatters/sarif';
import { formatText } from '../../src/cli/formatters/text';
import type { FileReport } from '../../src/cli/report';
import { existsSync, readFileSync } from 'fs';
import { leadParagraph } from '../../src/cli/rule-docs';
import path from 'path';
import { sheetReference, type Finding } from '../../src/core';
import { allRules } from '../../src/rules';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'totals/sum-mismatch',
  kind: 'total-mismatch',
  severity: 'error',
  sheet: 'Metas',
  range: 'D22',
  message: 'El total no cuadra.',
  messageId: 'mismatch',
  ...over,
});

const report: FileReport = {
  file: 'C:\\POM\\Institución 2026.xlsx',
  findings: [
    finding({
      sheet: '',
      range: 'A1',
      rule: 'structure/no-matrix-found',
      kind: 'structure',
      severity: 'info',
      message: 'Sin matriz de presupuesto.',
    }),
    finding({}),
    finding({
      sheet: 'Presupuesto',
      range: 'C8:C12',
      severity: 'warning',
      message: 'Rango corto.',
      related: [{ sheet: 'Metas', range: 'D22' }],
    }),
  ],
  summary: { errors: 1, warnings: 1, infos: 1, sheets: 2, cells: 1234, ms: 12.4 },
  matrices: [
    {
      type: 'goals',
      title: 'Productos, subproductos y metas multianuales',
      sheet: 'Metas',
      range: 'A3:M40',
      generated: true,
    },
    {
      type: 'budget',
      title: 'Proyección del presupuesto por programa',
      sheet: 'Presupuesto',
      range: 'A1:G12',
      generated: false,
    },
  ],
};

describe('text formatter', () => {
  const text = formatText([report]);

  it('groups by sheet in the order of the findings, workbook-level findings under "Libro"', () => {
    const headings = text.split('\n').filter((line) => /^ {2}(Hoja|Libro)/.test(line));
    expect(headings).toEqual(['  Libro', '  Hoja «Metas»', '  Hoja «Presupuesto»']);
  });

  it('aligns cells and severities', () => {
    expect(text).toContain('    D22  error  El total no cuadra. (totals/sum-mismatch)');
    expect(text).toContain('    C8:C12  advertencia  Rango corto. (totals/sum-mismatch)');
    expect(text).toContain('    A1  aviso  Sin matriz de presupuesto. (structure/no-matrix-found)');
  });

  it('names the other rules that saw the same mistake', () => {
    const merged = formatText([
      { ...report, findings: [finding({ also: ['formulas/inconsistent-formula', 'totals/budget-year-total'] })] },
    ]);
    expect(merged).toContain(
      'El total no cuadra. (totals/sum-mismatch; también formulas/inconsistent-formula, totals/budget-year-total)',
    );
    const sarif = JSON.parse(
      formatSarif(
        [{ ...report, findings: [finding({ also: ['formulas/inconsistent-formula'], confidence: 0.9 })] }],
        [],
        '0.1.0',
      ),
    );
    expect(sarif.runs[0].results[0].properties).toMatchObject({
      confidence: 0.9,
      also: ['formulas/inconsistent-formula'],
    });
  });

  it('lists the recognised matrices and the counts', () => {
    expect(text).toContain('  Matrices reconocidas:\n');
    expect(text).toContain(
      '    - Productos, subproductos y metas multianuales: «Metas» A3:M40 (generada por Planifica)\n',
    );
    expect(text).toContain('    - Proyección del presupuesto por programa: «Presupuesto» A1:G12\n');
    expect(text).toContain('  Resultado: 1 error, 1 advertencia, 1 aviso en 2 hojas y 1,234 celdas (12 ms)\n');
  });
});

describe('json formatter', () => {
  it('prints one object for one file and { files } for several', () => {
    expect(Object.keys(JSON.parse(formatJson([report], false)))).toEqual(['file', 'findings', 'summary', 'matrices']);
    expect(JSON.parse(formatJson([report, report], true)).files).toHaveLength(2);
  });
});

describe('sarif formatter', () => {
  it('turns Windows paths and spaces into a relative URI', () => {
    expect(toUri('C:\\POM\\Institución 2026.xlsx')).toBe('C:/POM/Instituci%C3%B3n%202026.xlsx');
    expect(toUri('informes/a#b?.xlsx')).toBe('informes/a%23b%3F.xlsx');
  });

  it('keeps related cells and leaves ruleIndex out for a rule it does not know', () => {
    const log = JSON.parse(formatSarif([report], [], '0.1.0'));
    const result = log.runs[0].results[2];
    expect(result.ruleIndex).toBeUndefined();
    expect(result.relatedLocations[0].logicalLocations[0].fullyQualifiedName).toBe('Metas!D22');
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('Presupuesto!C8:C12');
    expect(result.relatedLocations).toHaveLength(1);
    expect(log.runs[0].artifacts).toEqual([{ location: { uri: 'C:/POM/Instituci%C3%B3n%202026.xlsx' } }]);
  });
});

describe('sheet references as Excel writes them', () => {
  it.each([
    ['Metas', 'Metas!I11'],
    ['Presupuestación', 'Presupuestación!I11'],
    ['9.1 Indicadores multianual', "'9.1 Indicadores multianual'!I11"],
    ["Indicador's", "'Indicador''s'!I11"],
    ['A1', "'A1'!I11"],
    ['R1C1', "'R1C1'!I11"],
    ['2026', "'2026'!I11"],
    ['Metas-2026', "'Metas-2026'!I11"],
  ])('%s', (sheet, expected) => {
    expect(sheetReference(sheet, 'I11')).toBe(expected);
  });

  it('quotes related cells in the text output, and points to the rule pages', () => {
    const text = formatText([
      {
        ...report,
        findings: [finding({ related: [{ sheet: '9.1 Indicadores multianual', range: 'I11' }] })],
      },
    ]);
    expect(text).toContain("véase también '9.1 Indicadores multianual'!I11");
    expect(text).toContain('(totals/sum-mismatch)');
    expect(text).toContain('docs/rules/<regla>.md');
  });
});

describe('sarif rules point to their pages', () => {
  const log = JSON.parse(formatSarif([], allRules, '0.1.0'));
  const rules: { id: string; helpUri: string; fullDescription: { text: string } }[] = log.runs[0].tool.driver.rules;

  it.each(rules.map((rule) => [rule.id, rule]))('%s', (_, rule) => {
    expect(rule.helpUri).toBe(`docs/rules/${rule.id}.md`);
    expect(existsSync(path.join(__dirname, '../..', rule.helpUri))).toBe(true);
    const meta = allRules.find((r) => r.meta.id === rule.id)!.meta;
    // The page's lead sentence, in Spanish: not the English description, not empty.
    expect(rule.fullDescription.text).not.toBe(meta.descriptionEn);
    const page = readFileSync(path.join(__dirname, '../..', rule.helpUri), 'utf8');
    expect(rule.fullDescription.text).toBe(leadParagraph(page));
    expect(page.split('\n')[2].length).toBeGreaterThan(10);
    expect(rule.fullDescription.text.startsWith(page.split('\n')[2])).toBe(true);
  });
});
