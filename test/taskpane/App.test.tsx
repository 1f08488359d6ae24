/** @jest-environment jsdom */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Finding } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { HostError, type ValidationOutcome, type WorkbookHost } from '../../src/taskpane/host';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout: Fluent's MessageBar only needs ResizeObserver to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// Nor scrolling: the walk's scrolling is checked in real Chromium (test/e2e/file-mode.test.ts).
window.scrollBy = () => undefined;

const finding = (sheet: string, range: string, severity: Finding['severity'], rule: string): Finding => ({
  rule,
  kind: 'total-mismatch',
  severity,
  sheet,
  range,
  message: `Mensaje ${range}`,
  messageId: 'x',
  expected: 60,
  actual: 30,
});

const outcome: ValidationOutcome = {
  findings: [
    {
      ...finding('Metas', 'C5', 'error', 'totals/goals-year-total'),
      related: [
        { sheet: 'Metas', range: 'C9' },
        { sheet: '9.5 Metas multianuales', range: 'K13' },
      ],
    },
    finding('Metas', 'A1', 'warning', 'structure/incomplete-matrix'),
    finding('Presupuesto', 'D9', 'error', 'totals/budget-total'),
  ],
  summary: { errors: 2, warnings: 1, infos: 0, sheets: 3, cells: 40, ms: 3 },
  matrices: [{ type: 'goals', title: 'Metas', sheet: 'Metas', range: 'A1:E5', generated: false }],
  sheets: ['Carátula', 'Presupuesto', 'Metas'],
};

function fakeHost(): WorkbookHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    kind: 'excel',
    calls,
    validate: async () => {
      calls.push('validate');
      return outcome;
    },
    select: async (ref) => void calls.push(`select ${ref.sheet}!${ref.range}`),
    mark: async (findings) => {
      calls.push(`mark ${findings.length}`);
      return { kind: 'marked', cells: findings.length };
    },
    clearMarks: async () => void calls.push('clear'),
    selectWithRelated: async (ref, related) =>
      void calls.push(`selectWithRelated ${ref.sheet}!${ref.range} +${related.length}`),
    insert: async () => ({ kind: 'conflict', existing: ['Metas multianuales'] }),
  };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
const findings = () => [...container.querySelectorAll<HTMLButtonElement>('[data-testid="finding"]')];

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

describe('App with a fake host', () => {
  it('validates, groups findings by sheet in workbook order, filters, walks and goes to a cell', async () => {
    const host = fakeHost();
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));

    expect(host.calls).toEqual(['validate']);
    expect(container.querySelector('[data-testid="summary"]')?.textContent).toBe(
      '2 errores · 1 advertencia · 0 avisos en 2 hojas · 1 matriz reconocida',
    );
    expect(container.querySelector('[data-testid="announcer"]')?.textContent).toBe(
      'Validación terminada: 2 errores · 1 advertencia · 0 avisos en 2 hojas.',
    );
    expect([...container.querySelectorAll('section[aria-label] h2')].map((h) => h.textContent)).toEqual([
      'Presupuesto (1)',
      'Metas (2)',
    ]);
    expect(findings()).toHaveLength(3);
    expect(findings()[0].textContent).toContain('Esperado en esta celda: 60 · Actual: 30');
    expect(findings()[0].textContent).toContain('D9');

    await click(findings()[1]);
    expect(host.calls).toContain('select Metas!C5');
    expect(findings()[1].getAttribute('aria-current')).toBe('true');
    expect(findings()[1].getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('[data-testid="walk-position"]')?.textContent).toBe('2 de 3');
    // Related cells are links, quoted as Excel quotes sheet names; on request, selected together.
    await click(button("'9.5 Metas multianuales'!K13"));
    expect(host.calls).toContain('select 9.5 Metas multianuales!K13');
    await click(button('Seleccionar con las relacionadas'));
    expect(host.calls).toContain('selectWithRelated Metas!C5 +2');

    await click(button('Siguiente'));
    expect(host.calls).toContain('select Metas!A1');
    expect(findings()[1].getAttribute('aria-current')).toBeNull();
    expect(findings()[2].getAttribute('aria-current')).toBe('true');
    expect(button('Siguiente').disabled).toBe(true);
    await act(async () => {
      findings()[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    expect(findings()[1].getAttribute('aria-current')).toBe('true');
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    });
    expect(findings()[0].getAttribute('aria-current')).toBe('true');

    const severity = container.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      severity.value = 'warning';
      severity.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(findings()).toHaveLength(1);

    await click(button('Marcar celdas'));
    expect(host.calls).toContain('mark 3');
    expect(container.querySelector('[data-testid="notice"]')?.textContent).toContain('3 celdas marcadas.');
    await click(button('Quitar marcas'));
    expect(host.calls).toContain('clear');
    expect(container.querySelector('[data-testid="notice"]')?.textContent).toContain('Marcas quitadas');
    // A notice can be closed, and goes away by itself on a language change.
    await click(container.querySelector<HTMLButtonElement>('[data-testid="notice"] button')!);
    expect(container.querySelector('[data-testid="notice"]')).toBeNull();
    await click(button('Marcar celdas'));
    await click(button('English'));
    expect(container.querySelector('[data-testid="notice"]')).toBeNull();
    expect(container.querySelector('[data-testid="summary"]')?.textContent).toBe(
      '2 errors · 1 warning · 0 notices on 2 sheets · 1 matrix recognised',
    );
  });

  it('says "no errors" with what was checked when there are no findings', async () => {
    const host = fakeHost();
    host.validate = async () => ({ ...outcome, findings: [], summary: { ...outcome.summary, errors: 0, warnings: 0 } });
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    expect(container.querySelector('[data-testid="success"]')?.textContent).toContain('Sin errores');
    expect(container.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'Se revisaron 3 hojas y 40 celdas en 3 ms.',
    );
    expect(container.querySelector('[data-testid="matrices"]')?.textContent).toContain('Metas!A1:E5');
  });

  it('runs validation at once when opened by the ribbon button, and switches to English', async () => {
    const host = fakeHost();
    await act(async () => root.render(<App host={host} startAction="validate" />));
    expect(host.calls).toEqual(['validate']);
    await click(button('English'));
    expect(button('Validate again')).toBeDefined();
  });

  it('asks before replacing existing sheets', async () => {
    const host = fakeHost();
    await act(async () => root.render(<App host={host} />));
    const tab = [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
      t.textContent?.includes('Plantillas'),
    )!;
    await click(tab);
    await click(button('Insertar'));
    expect(container.textContent).toContain('Ya existen estas hojas: Metas multianuales');
    expect(button('Reemplazar')).toBeDefined();
  });

  it('offers "Agregar producto / subproducto" only when the host can add rows, and says where they went', async () => {
    const openTemplates = async () =>
      click(
        [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
          t.textContent?.includes('Plantillas'),
        )!,
      );
    // A host without the method (the browser's file mode cannot edit a workbook): no section.
    await act(async () => root.render(<App host={fakeHost()} />));
    await openTemplates();
    expect(container.querySelector('[data-testid="goals-extend"]')).toBeNull();
    expect(button('Agregar producto')).toBeUndefined();

    const host = fakeHost();
    const added: string[] = [];
    host.addGoalsItem = async (item) => {
      added.push(item);
      if (added.length === 3) {
        throw new HostError('no-goals-matrix', 'Este libro no tiene la matriz de metas.', 'No goals matrix.');
      }
      return item === 'product'
        ? { sheet: '9.5 Metas', rows: [30, 31], programmeCell: 'P30' }
        : { sheet: '9.5 Metas', rows: [12] };
    };
    await act(async () => root.render(<App key="excel" host={host} />));
    await openTemplates();
    const section = container.querySelector('[data-testid="goals-extend"]')!;
    expect(section.textContent).toContain('Ampliar la matriz de metas');
    expect(section.textContent).toContain('al final del producto de la fila seleccionada');
    await click(button('Agregar subproducto'));
    expect(added).toEqual(['subproduct']);
    expect(container.querySelector('[data-testid="extend-notice"]')?.textContent).toContain(
      'Subproducto agregado en «9.5 Metas», fila 12.',
    );
    await click(button('Agregar producto'));
    expect(added).toEqual(['subproduct', 'product']);
    expect(container.querySelector('[data-testid="extend-notice"]')?.textContent).toContain(
      'Producto agregado en «9.5 Metas», filas 30–31. Escriba su código de programa en la columna PRG (P30)',
    );
    // A failure replaces the success with the error in plain words.
    await click(button('Agregar producto'));
    expect(container.querySelector('[data-testid="extend-notice"]')).toBeNull();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Este libro no tiene la matriz de metas.');
    await click(button('English'));
    expect(button('Add product')).toBeDefined();
    expect(button('Add subproduct')).toBeDefined();
    expect(container.querySelector('[data-testid="goals-extend"]')?.textContent).toContain('Extend the goals matrix');
  });

  it('says what went wrong in plain words', async () => {
    const host = fakeHost();
    host.validate = async () => {
      throw Object.assign(new Error('La hoja está protegida.'), { messageEn: 'The sheet is protected.' });
    };
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('La hoja está protegida.');
  });
});

describe('App: fixes', () => {
  const planned = {
    edit: { sheet: 'Presupuesto', cell: 'D9', value: 30, rule: 'totals/budget-total' },
    change: {
      sheet: 'Presupuesto',
      cell: 'D9',
      before: { value: '30' },
      after: { value: 30 },
      rule: 'totals/budget-total',
    },
  };
  const withFix: ValidationOutcome = { ...outcome, fixes: { changes: [planned], byFinding: { 2: [0] } } };
  const fixed: ValidationOutcome = {
    ...outcome,
    findings: outcome.findings.slice(0, 2),
    fixes: { changes: [], byFinding: {} },
  };

  function fixingHost(): WorkbookHost & { calls: string[] } {
    const host = fakeHost();
    let undo = false;
    return {
      ...host,
      validate: async () => {
        host.calls.push('validate');
        return undo ? fixed : withFix;
      },
      applyFixes: async (edits) => {
        host.calls.push(`apply ${edits.map((e) => `${e.sheet}!${e.cell}=${String(e.value)}`).join(',')}`);
        undo = true;
        return edits.length;
      },
      undoFixes: async () => {
        host.calls.push('undo');
        undo = false;
        return 1;
      },
      hasFixUndo: async () => undo,
    };
  }

  it('offers «Corregir» with a before → after preview, applies on «Aplicar», re-validates and undoes', async () => {
    const host = fixingHost();
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    expect(button('Corregir todo lo seguro (1)')).toBeDefined();
    expect(button('Deshacer correcciones')).toBeUndefined();

    await click(findings()[0]); // Presupuesto!D9, the one with a certain fix
    const fix = button('Corregir');
    expect(fix.getAttribute('aria-label')).toBe('Corregir Presupuesto!D9');
    await click(fix);
    const preview = container.querySelector('[data-testid="fix-preview"]')!;
    expect(preview.getAttribute('aria-label')).toBe('Vista previa de la corrección');
    expect(preview.querySelector('[data-testid="fix-change"]')?.textContent).toBe('Presupuesto!D9: "30" → 30');
    await click(button('Cancelar'));
    expect(container.querySelector('[data-testid="fix-preview"]')).toBeNull();
    expect(host.calls.some((c) => c.startsWith('apply'))).toBe(false);

    await click(button('Corregir'));
    await click(button('Aplicar'));
    expect(host.calls.slice(-2)).toEqual(['apply Presupuesto!D9=30', 'validate']);
    expect(findings()).toHaveLength(2);
    expect(container.querySelector('[data-testid="announcer"]')?.textContent).toContain(
      'Se corrigió 1 celda; el libro se validó de nuevo.',
    );
    expect(button('Corregir todo lo seguro (1)')).toBeUndefined();

    await click(button('Deshacer correcciones'));
    expect(host.calls.slice(-2)).toEqual(['undo', 'validate']);
    expect(findings()).toHaveLength(3);
    expect(button('Deshacer correcciones')).toBeUndefined();
  });

  it('«Corregir todo lo seguro» shows one preview list, then applies every certain fix', async () => {
    const host = fixingHost();
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    await click(button('Corregir todo lo seguro (1)'));
    expect(container.querySelectorAll('[data-testid="fix-change"]')).toHaveLength(1);
    await click(button('Aplicar'));
    expect(host.calls).toContain('apply Presupuesto!D9=30');
    expect(container.querySelector('[data-testid="notice"]')?.textContent).toContain('Se corrigió 1 celda');
  });

  it('shows no fix buttons when the host cannot edit the workbook (file mode)', async () => {
    const host = { ...fakeHost(), validate: async () => withFix };
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    await click(findings()[0]);
    expect(button('Corregir')).toBeUndefined();
    expect(container.textContent).not.toContain('Corregir todo lo seguro');
    expect(button('Deshacer correcciones')).toBeUndefined();
  });

  it('lists a finding’s suggestions, each with its before → after, and «Aplicar» writes the chosen one', async () => {
    const suggestionFinding: Finding = {
      ...finding('Metas', 'C5', 'warning', 'totals/hardcoded-total'),
      suggestions: [
        { message: 'Escribir =SUM(C2:C4)', fix: { range: 'C5', formula: '=SUM(C2:C4)' } },
        { message: 'Escribir =AVERAGE(C2:C4)', fix: { range: 'C5', formula: '=AVERAGE(C2:C4)' } },
        { message: 'Escribir 5 sobre una fórmula', fix: { range: 'C5', value: 5 } },
      ],
    };
    const change = (formula: string) => ({
      edit: { sheet: 'Metas', cell: 'C5', formula, rule: 'totals/hardcoded-total' },
      change: { sheet: 'Metas', cell: 'C5', before: { value: 60 }, after: { formula }, rule: 'totals/hardcoded-total' },
    });
    const withSuggestions: ValidationOutcome = {
      ...outcome,
      findings: [suggestionFinding],
      fixes: {
        changes: [],
        byFinding: {},
        suggestions: { 0: [[change('=SUM(C2:C4)')], [change('=AVERAGE(C2:C4)')], undefined] },
      },
    };
    const host = fixingHost();
    host.validate = async () => {
      host.calls.push('validate');
      return withSuggestions;
    };
    await act(async () => root.render(<App host={host} />));
    await click(button('Validar libro'));
    await click(findings()[0]);
    const items = [...container.querySelectorAll('[data-testid="suggestion"]')];
    expect(items).toHaveLength(3);
    expect(items[0].querySelector('[data-testid="fix-change"]')?.textContent).toBe('Metas!C5: 60 → =SUM(C2:C4)');
    expect(items[1].querySelector('[data-testid="fix-change"]')?.textContent).toBe('Metas!C5: 60 → =AVERAGE(C2:C4)');
    // The one that would write a value over a formula has no «Aplicar».
    expect(items[2].querySelector('button')).toBeNull();
    const apply = items[1].querySelector('button')!;
    expect(apply.getAttribute('aria-label')).toBe('Aplicar: Escribir =AVERAGE(C2:C4)');
    await click(apply);
    expect(host.calls.slice(-2)).toEqual(['apply Metas!C5=undefined', 'validate']);
  });
});

describe('App: the corrected copy (file mode)', () => {
  const planned = {
    edit: { sheet: 'Presupuesto', cell: 'D9', value: 30, rule: 'totals/budget-total' },
    change: {
      sheet: 'Presupuesto',
      cell: 'D9',
      before: { value: '30' },
      after: { value: 30 },
      rule: 'totals/budget-total',
    },
  };

  it('«Descargar copia corregida» previews every change, downloads the copy and shows it validated again', async () => {
    const calls: string[] = [];
    let corrected = false;
    const saved: string[] = [];
    const host: WorkbookHost = {
      kind: 'file',
      validate: async (): Promise<ValidationOutcome> => {
        calls.push('validate');
        return corrected
          ? { ...outcome, findings: outcome.findings.slice(0, 2), fixes: { changes: [], byFinding: {} } }
          : { ...outcome, fixes: { changes: [planned], byFinding: { 2: [0] } } };
      },
      select: async () => undefined,
      mark: async () => ({ kind: 'download', fileName: 'x (anotado).xlsx', bytes: new Uint8Array() }),
      insert: async () => ({ kind: 'conflict', existing: [] }),
      correctedCopy: async (edits) => {
        calls.push(`copy ${edits.map((e) => `${e.sheet}!${e.cell}`).join(',')}`);
        corrected = true;
        return { fileName: 'plan-corregido.xlsx', bytes: new Uint8Array([1]), cells: edits.length };
      },
    };
    await act(async () => root.render(<App host={host} saveFile={(name) => void saved.push(name)} />));
    // A file host without open() shows the Validar button: no file picker to drive here.
    await click(button('Validar libro'));
    await click(findings()[0]);
    expect(button('Corregir')).toBeUndefined(); // no in-place fixes in file mode
    await click(button('Descargar copia corregida (1)'));
    expect(container.querySelector('[data-testid="fix-change"]')?.textContent).toBe('Presupuesto!D9: "30" → 30');
    await click(button('Descargar'));
    expect(calls.slice(-2)).toEqual(['copy Presupuesto!D9', 'validate']);
    expect(saved).toEqual(['plan-corregido.xlsx']);
    expect(findings()).toHaveLength(2);
    expect(container.querySelector('[data-testid="notice"]')?.textContent).toContain(
      'Copia corregida descargada: plan-corregido.xlsx (1 celda).',
    );
    expect(button('Descargar copia corregida (1)')).toBeUndefined();
  });
});
