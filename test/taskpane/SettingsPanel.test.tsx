/** @jest-environment jsdom */
/**
 * «Configuración» in the pane with a fake host and an in-memory store: a rule set to
 * "Desactivada" leaves the findings shown, the store holds planifica.config.json's text, a
 * corrupt stored value opens with the defaults and a notice, a bad import says why, English.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Finding } from '../../src/core';
import { App } from '../../src/taskpane/App';
import type { ValidationOutcome, WorkbookHost } from '../../src/taskpane/host';
import { memorySettingsStorage } from '../../src/taskpane/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
window.scrollBy = () => undefined;
// jsdom has neither: a real browser's decoder reads the imported file.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const finding = (range: string, severity: Finding['severity'], rule: string, actual?: string): Finding => ({
  rule,
  kind: 'total-mismatch',
  severity,
  sheet: 'Metas',
  range,
  message: `Mensaje ${range}`,
  messageId: 'x',
  ...(actual === undefined ? {} : { actual }),
});

const outcome: ValidationOutcome = {
  findings: [
    finding('C5', 'error', 'totals/goals-year-total'),
    finding('C6', 'error', 'totals/goals-year-total'),
    finding('D9', 'warning', 'catalog/unit-of-measure', 'Taller'),
    finding('E2', 'error', 'formulas/error-value'),
  ],
  summary: { errors: 3, warnings: 1, infos: 0, sheets: 1, cells: 40, ms: 3 },
  matrices: [],
  sheets: ['Metas'],
};

const host: WorkbookHost = {
  kind: 'excel',
  validate: async () => outcome,
  select: async () => undefined,
  mark: async () => ({ kind: 'marked', cells: 0 }),
  insert: async () => ({ kind: 'inserted', sheets: [] }),
};

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
const tab = (name: string) =>
  [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === name)!;
const cards = () => container.querySelectorAll('[data-testid="finding"]').length;
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const click = (element: HTMLElement) => act(async () => element.click());

async function choose(rule: string, level: string) {
  const select = container.querySelector<HTMLSelectElement>(`select[data-rule="${rule}"]`)!;
  await act(async () => {
    select.value = level;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function importText(name: string, text: string) {
  const input = container.querySelector<HTMLInputElement>('[data-testid="settings-input"]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('Configuración', () => {
  it('lists every rule by group with its default, and a rule switched off leaves the findings', async () => {
    const storage = memorySettingsStorage();
    await act(async () => root.render(<App host={host} settingsStorage={storage} />));
    await click(button('Validar libro'));
    expect(cards()).toBe(4);

    await click(tab('Configuración'));
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Totales', 'Fórmulas', 'Catálogos']));
    const select = container.querySelector<HTMLSelectElement>('select[data-rule="totals/goals-year-total"]')!;
    expect(select.value).toBe('error');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Error (por omisión)',
      'Advertencia',
      'Aviso',
      'Desactivada',
    ]);
    await choose('totals/goals-year-total', 'off');
    await choose('formulas/error-value', 'warning');
    expect(JSON.parse(storage.read()!)).toEqual({
      rules: { 'totals/goals-year-total': 'off', 'formulas/error-value': 'warning' },
    });

    await click(tab('Validar'));
    expect(cards()).toBe(2);
    expect(byTestId('summary')?.textContent).toMatch(/0 errores|advertencias/);
    expect(byTestId('settings-in-effect')?.textContent).toContain('2 reglas');

    // Back to the default: no entry is kept for it.
    await click(tab('Configuración'));
    await choose('formulas/error-value', 'error');
    expect(JSON.parse(storage.read()!)).toEqual({ rules: { 'totals/goals-year-total': 'off' } });
  });

  it('authorised units drop the findings about them; Restablecer empties the store', async () => {
    const storage = memorySettingsStorage();
    await act(async () => root.render(<App host={host} settingsStorage={storage} />));
    await click(tab('Configuración'));
    const input = container.querySelector<HTMLInputElement>('form input')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'Taller');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Agregar'));
    expect(byTestId('settings-units')?.textContent).toContain('Taller');
    expect(JSON.parse(storage.read()!)).toEqual({ catalogs: { units: ['Taller'] } });
    await click(tab('Validar'));
    await click(button('Validar libro'));
    expect(cards()).toBe(3);

    await click(tab('Configuración'));
    await click(button('Restablecer'));
    expect(storage.read()).toBeUndefined();
    expect(byTestId('settings-status')?.textContent).toContain('por omisión');
  });

  it('a corrupt stored value: defaults, a notice that closes, and validation as without settings', async () => {
    const storage = memorySettingsStorage('{"rules": {"totals/goals-year-total": "apagada"}}');
    await act(async () => root.render(<App host={host} settingsStorage={storage} />));
    expect(byTestId('settings-problem')?.textContent).toContain('valores por omisión');
    await click(button('Validar libro'));
    expect(cards()).toBe(4);
    await click(byTestId('settings-problem')!.querySelector('button')!);
    expect(byTestId('settings-problem')).toBeNull();
  });

  it('imports planifica.config.json, says why a bad one is refused, and speaks English', async () => {
    const storage = memorySettingsStorage();
    await act(async () => root.render(<App host={host} settingsStorage={storage} />));
    await click(tab('Configuración'));
    await importText('planifica.config.json', '{"rules": {"no/existe": "off"}}');
    expect(byTestId('settings-status')?.textContent).toMatch(/no es una configuración válida: rules\.no\/existe/);
    expect(storage.read()).toBeUndefined();

    await importText(
      'oficina.json',
      JSON.stringify({ rules: { 'totals/*': 'warning' }, years: { from: 2027, to: 2031 } }),
    );
    expect(byTestId('settings-status')?.textContent).toContain('importada de «oficina.json»');
    expect(container.querySelector<HTMLSelectElement>('select[data-rule="totals/goals-year-total"]')!.value).toBe(
      'warning',
    );
    expect(JSON.parse(storage.read()!).years).toEqual({ from: 2027, to: 2031 });

    await click(button('English'));
    expect(tab('Settings')).toBeDefined();
    expect(button('Import planifica.config.json')).toBeDefined();
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Rules',
      'Authorised units of measure',
      'Plan years',
    ]);
  });
});
