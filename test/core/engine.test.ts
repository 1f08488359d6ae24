import { createRule, validate } from '../../src/core';
import { sheet, workbook } from '../support/workbook';

const everyNumber = createRule({
  meta: {
    id: 'test/every-number',
    kind: 'out-of-range',
    severity: 'warning',
    description: 'Señala cada número.',
    descriptionEn: 'Flags every number.',
    title: 'Cada número',
    titleEn: 'Every number',
    messages: { number: 'Número {{value}} en {{where}}.' },
    messagesEn: { number: 'Number {{value}} at {{where}}.' },
  },
  create(context) {
    for (const s of context.workbook.sheets)
      for (const c of s.cells)
        if (typeof c.value === 'number')
          context.report({ messageId: 'number', sheet: s.name, range: 'A1', data: { value: c.value, where: s.name } });
  },
});

const crashing = createRule({
  meta: {
    id: 'test/crash',
    kind: 'structure',
    severity: 'error',
    description: 'Falla.',
    descriptionEn: 'Crashes.',
    title: 'Regla que falla',
    titleEn: 'Crashing rule',
    messages: { never: 'nunca' },
    messagesEn: { never: 'never' },
  },
  create() {
    throw new Error('boom');
  },
});

describe('validate', () => {
  const wb = workbook(sheet('Uno', [[1, 'x', 2]]), sheet('Dos', [[3]]));

  it('fills message placeholders and keeps message id and data', () => {
    const { findings, summary } = validate(wb, [everyNumber], { now: () => 0 });
    expect(findings.map((f) => f.message)).toEqual(['Número 1 en Uno.', 'Número 2 en Uno.', 'Número 3 en Dos.']);
    expect(findings[0]).toMatchObject({
      rule: 'test/every-number',
      kind: 'out-of-range',
      severity: 'warning',
      messageId: 'number',
      data: { value: 1 },
    });
    expect(summary).toEqual({ errors: 0, warnings: 3, infos: 0, sheets: 2, cells: 4, ms: 0 });
  });

  it('honours severity overrides and "off"', () => {
    expect(validate(wb, [everyNumber], { severities: { 'test/every-number': 'error' } }).summary.errors).toBe(3);
    expect(validate(wb, [everyNumber], { severities: { 'test/every-number': 'off' } }).findings).toEqual([]);
  });

  it('turns a crashing rule into a finding instead of an exception', () => {
    const { findings } = validate(wb, [crashing]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'test/crash', kind: 'structure', severity: 'warning' });
    expect(findings[0].message).toContain('boom');
  });
});
