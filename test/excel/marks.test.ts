import { parseCell, type Finding } from '../../src/core';
import {
  clearMarks,
  commentKey,
  markFindings,
  parseMarks,
  serializeMarks,
  SEVERITY_FILLS,
} from '../../src/excel/marks';
import { ALL_FEATURES, NO_OPTIONAL_FEATURES } from '../../src/excel/requirements';
import { cellAt, FakeContext, newSheet, newWorkbook } from './fake-excel';

function finding(sheet: string, range: string, severity: Finding['severity'], message: string): Finding {
  return { rule: 'totals/sum-mismatch', kind: 'total-mismatch', severity, sheet, range, message, messageId: 'x' };
}

function fixture() {
  const sheet = newSheet('Metas', {
    B2: { value: 10, fill: '#00B050' }, // the user's own green
    B3: { value: 20 },
    B4: { formula: '=B2+B3', value: 31 },
    C4: { value: 5, fill: '#FFFFFF' },
  });
  sheet.notes.set('B3', 'Nota del planificador');
  const model = newWorkbook([sheet, newSheet('Presupuesto', { A1: 1 })]);
  return { model, sheet, before: structuredClone({ cells: [...sheet.cells], notes: [...sheet.notes] }) };
}

const findings = [
  finding('Metas', 'B4', 'error', 'El total no coincide.'),
  finding('Metas', 'B4', 'warning', 'Fórmula distinta.'),
  finding('Metas', 'B2:B3', 'warning', 'Rango incompleto.'),
  finding('Metas', 'C4', 'info', 'Revise.'),
  finding('Hoja borrada', 'A1', 'error', 'No existe.'),
];

describe('markFindings and clearMarks', () => {
  it('fills by severity, adds notes where none existed, and "Quitar marcas" restores everything exactly', async () => {
    const { model, sheet, before } = fixture();
    const context = new FakeContext(model);

    const marked = await markFindings(context.asExcel(), findings, { features: ALL_FEATURES });
    expect(marked).toEqual({ cells: 4 });
    expect(cellAt(sheet, 'B4')?.fill).toBe(SEVERITY_FILLS.error); // the worst severity wins
    expect(cellAt(sheet, 'B2')?.fill).toBe(SEVERITY_FILLS.warning);
    expect(cellAt(sheet, 'C4')?.fill).toBe(SEVERITY_FILLS.info);
    expect(sheet.notes.get('B4')).toBe('Planifica\nError: El total no coincide.\nAdvertencia: Fórmula distinta.');
    expect(sheet.notes.get('B3')).toBe('Nota del planificador'); // the user's note is left alone
    expect(model.customXml).toHaveLength(1);

    // Marking again (after an edit) must not take Planifica's fills for originals.
    await markFindings(context.asExcel(), findings.slice(0, 1), { features: ALL_FEATURES });
    expect(cellAt(sheet, 'B2')?.fill).toBe('#00B050');

    const restored = await clearMarks(context.asExcel());
    expect(restored).toBe(1);
    expect({ cells: [...sheet.cells], notes: [...sheet.notes] }).toEqual(before);
    expect(model.customXml).toHaveLength(0);
  });

  it('costs the same number of round trips for 3 findings as for 1 000', async () => {
    const counts: number[] = [];
    for (const n of [3, 1000]) {
      const { model } = fixture();
      const context = new FakeContext(model);
      const many = Array.from({ length: n }, (_, i) => finding('Metas', `D${i + 1}`, 'error', `Hallazgo ${i}`));
      await markFindings(context.asExcel(), many, { features: ALL_FEATURES, report: true });
      await clearMarks(context.asExcel());
      counts.push(context.syncCount);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it('without notes or fill patterns (ExcelApi 1.7) marks with fills only and treats white as no fill', async () => {
    const { model, sheet } = fixture();
    const context = new FakeContext(model);
    await markFindings(context.asExcel(), findings, { features: NO_OPTIONAL_FEATURES });
    expect(sheet.notes.has('B4')).toBe(false);
    await clearMarks(context.asExcel());
    expect(cellAt(sheet, 'C4')?.fill).toBeUndefined(); // white fill and no fill look the same
    expect(cellAt(sheet, 'B2')?.fill).toBe('#00B050');
  });

  it('refuses a protected sheet in plain words and changes nothing', async () => {
    const { model, sheet, before } = fixture();
    sheet.protected = true;
    await expect(
      markFindings(new FakeContext(model).asExcel(), findings, { features: ALL_FEATURES }),
    ).rejects.toMatchObject({
      code: 'protected-sheet',
    });
    expect({ cells: [...sheet.cells], notes: [...sheet.notes] }).toEqual(before);
  });
});

describe('the Hallazgos report sheet', () => {
  it('lists every finding with a link to its cell, and "Quitar marcas" removes it', async () => {
    const { model } = fixture();
    const context = new FakeContext(model);
    const result = await markFindings(context.asExcel(), findings, { features: ALL_FEATURES, report: true });
    expect(result).toEqual({ cells: 4, reportSheet: 'Hallazgos' });
    const report = model.sheets.find((s) => s.name === 'Hallazgos')!;
    expect(cellAt(report, 'A1')?.value).toBe('Gravedad');
    expect(cellAt(report, 'E2')?.value).toBe('El total no coincide.'); // errors first
    expect(report.hyperlinks.get('C2')).toEqual({ documentReference: "'Metas'!B4", textToDisplay: 'B4' });
    expect(report.cells.size).toBeGreaterThanOrEqual(7 * (findings.length + 1));

    await markFindings(context.asExcel(), findings, { features: ALL_FEATURES, report: true }); // replaces its own
    expect(model.sheets.filter((s) => s.name === 'Hallazgos')).toHaveLength(1);
    await clearMarks(context.asExcel());
    expect(model.sheets.map((s) => s.name)).toEqual(['Metas', 'Presupuesto']);
  });

  it("leaves a user's own sheet called Hallazgos alone", async () => {
    const { model } = fixture();
    model.sheets.push(newSheet('Hallazgos', { A1: 'mis notas' }));
    const context = new FakeContext(model);
    const result = await markFindings(context.asExcel(), findings, { features: ALL_FEATURES, report: true });
    expect(result.reportSheet).toBeUndefined();
    await clearMarks(context.asExcel());
    expect(cellAt(model.sheets[2], 'A1')?.value).toBe('mis notas');
  });
});

describe('the marks record', () => {
  it('round-trips through the custom XML part, escaping what XML needs', () => {
    const state = {
      marks: [{ sheet: 'A & <B>', cell: 'C3', fill: null, annotation: 'note' as const }],
      reportSheet: 'Hallazgos',
    };
    expect(parseMarks(serializeMarks(state))).toEqual(state);
    expect(parseMarks('<otro/>')).toEqual({ marks: [] });
  });
});

/** Everything marking may touch, to compare before and after. */
function state(model: ReturnType<typeof newWorkbook>) {
  return structuredClone({
    sheets: model.sheets.map((s) => ({ name: s.name, cells: [...s.cells], notes: [...s.notes] })),
    comments: model.comments.map(({ sheet, cell, content }) => ({ sheet, cell, content })),
    customXml: model.customXml,
  });
}

const COMMENTS_ONLY = { ...ALL_FEATURES, notes: false, comments: true };

describe('comments on sheets whose names Excel quotes', () => {
  it.each(["Indicador's", '9.1 Indicadores multianual', 'Año ñandú', "L'été 2026"])(
    'finds the user’s comment and its own on «%s»',
    async (name) => {
      const sheet = newSheet(name, { D3: 5, D4: 6 });
      const model = newWorkbook([sheet]);
      model.comments.push({ id: 'u1', sheet: name, cell: 'D3', content: 'comentario del usuario' });
      const before = state(model);
      const context = new FakeContext(model);

      await markFindings(context.asExcel(), [finding(name, 'D3:D4', 'error', 'No cuadra.')], {
        features: COMMENTS_ONLY,
      });
      expect(model.comments.map((c) => [c.cell, c.content])).toEqual([
        ['D3', 'comentario del usuario'],
        ['D4', 'Planifica\nError: No cuadra.'],
      ]);
      // Marking again first removes its own comment, and adds it again.
      await markFindings(context.asExcel(), [finding(name, 'D4', 'error', 'No cuadra.')], { features: COMMENTS_ONLY });
      expect(model.comments).toHaveLength(2);

      await clearMarks(context.asExcel());
      expect(state(model)).toEqual(before);
    },
  );
});

describe('a failure part-way through marking', () => {
  it.each([
    ['notes', ALL_FEATURES],
    ['comments', COMMENTS_ONLY],
  ])('leaves nothing unremovable (%s)', async (_, features) => {
    let succeeded = false;
    for (let n = 0; n < 40 && !succeeded; n++) {
      const { model, sheet } = fixture();
      const i9 = parseCell('I9')!;
      sheet.cells.set(`${i9.row},${i9.col}`, { value: 1, fill: '#FF0000', pattern: 'Gray25', patternColor: '#0000FF' });
      model.comments.push({ id: 'u1', sheet: 'Metas', cell: 'B2', content: 'del usuario' });
      const before = state(model);
      const context = new FakeContext(model);
      const all = [...findings, finding('Metas', 'I9', 'error', 'Con trama.')];
      context.failWritesAfter(n);
      try {
        await markFindings(context.asExcel(), all, { features, report: true });
        succeeded = true;
      } catch {
        // Undone at once: the workbook is as it was.
        expect(state(model)).toEqual(before);
      }
      context.failWritesAfter(undefined);
      await clearMarks(context.asExcel());
      expect(state(model)).toEqual(before);
    }
    expect(succeeded).toBe(true);
  });
});

describe('patterned fills', () => {
  it('come back with their pattern and pattern colour after "Quitar marcas"', async () => {
    const sheet = newSheet('Metas', {
      B2: { value: 1, fill: '#FFFF00', pattern: 'Gray25', patternColor: '#0000FF' },
      B3: { value: 2, fill: '#00B050' },
    });
    const model = newWorkbook([sheet]);
    const before = state(model);
    const context = new FakeContext(model);
    await markFindings(context.asExcel(), [finding('Metas', 'B2:B3', 'error', 'x')], { features: ALL_FEATURES });
    expect(cellAt(sheet, 'B2')).toMatchObject({ fill: SEVERITY_FILLS.error });
    expect(cellAt(sheet, 'B2')?.pattern).toBeUndefined();
    await clearMarks(context.asExcel());
    expect(state(model)).toEqual(before);
  });
});

describe('commentKey', () => {
  it('reads a comment location as Excel writes it', () => {
    expect(commentKey("'Indicador''s'!$D$3")).toBe(
      commentKey("Indicador's!D3".replace("Indicador's", "'Indicador''s'")),
    );
    expect(commentKey("'Indicador''s'!D3")).toBe("Indicador's\u0000D3");
    expect(commentKey("'9.1 Indicadores multianual'!I11")).toBe('9.1 Indicadores multianual\u0000I11');
    expect(commentKey('Metas!$b$7')).toBe('Metas\u0000B7');
  });
});
