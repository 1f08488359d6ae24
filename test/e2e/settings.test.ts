/**
 * «Configuración» in real Chromium at 320 px (file mode): a rule set to "Desactivada" takes its
 * findings out of the next validation of an example workbook, the setting survives a reload of
 * the page (localStorage), a corrupt stored value opens the pane with the defaults and a notice,
 * and the view passes axe-core. Its screenshot goes to docs/img/pane-configuracion.png.
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { ruleTitle } from '../../src/rules';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { ready, ROOT, seriousViolations, usePane } from './browser';

const IMAGES = path.join(ROOT, 'docs/img');
const EXAMPLE = path.join(ROOT, 'examples/igm-pom-2026-2030.xlsx');
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WIDTH = 320;
const HEIGHT = 640;

(ready ? describe : describe.skip)('Configuración in the pane', () => {
  const newPane = usePane({ width: WIDTH, height: HEIGHT });

  beforeAll(() => {
    mkdirSync(IMAGES, { recursive: true });
  });

  const cards = (page: Page) => page.getByTestId('finding');

  async function validateExample(page: Page) {
    await page.getByRole('tab', { name: 'Validar' }).click();
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'igm-pom-2026-2030.xlsx', mimeType: XLSX_MIME, buffer: readFileSync(EXAMPLE) });
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  }

  it('a rule switched off leaves the validation, and stays off after a reload', async () => {
    const expected = validateWorkbook(await readXlsx(new Uint8Array(readFileSync(EXAMPLE))));
    // The rule with most findings in the example, so its absence is plain to see.
    const counts = new Map<string, number>();
    for (const f of expected.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    const [rule, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(0);
    const title = ruleTitle(rule, 'es');

    const { context, page, errors } = await newPane();
    await validateExample(page);
    await expect(cards(page).count()).resolves.toBe(expected.findings.length);

    await page.getByRole('tab', { name: 'Configuración' }).click();
    const select = page.locator(`select[data-rule="${rule}"]`);
    await expect(select.inputValue()).resolves.toBe(expected.findings.find((f) => f.rule === rule)!.severity);
    await page.waitForTimeout(200);
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBe(0);
    await select.selectOption('off');
    await page.getByLabel('Nueva unidad').fill('Taller');
    await page.getByRole('button', { name: 'Agregar', exact: true }).click();
    await page.getByTestId('settings-units').getByText('Taller').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(IMAGES, 'pane-configuracion.png') });

    // The findings already shown follow the settings at once; a new validation does too.
    await page.getByRole('tab', { name: 'Validar' }).click();
    await expect(cards(page).count()).resolves.toBe(expected.findings.length - count);
    await expect(page.getByTestId('settings-in-effect').textContent()).resolves.toContain('1 reglas');
    await validateExample(page);
    await expect(cards(page).count()).resolves.toBe(expected.findings.length - count);
    await expect(page.getByTestId('finding').filter({ hasText: title }).count()).resolves.toBe(0);

    // A reload keeps it: the same select reads "off", the same validation leaves the rule out.
    await page.reload();
    await page.getByText('Modo archivo', { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole('tab', { name: 'Configuración' }).click();
    await expect(page.locator(`select[data-rule="${rule}"]`).inputValue()).resolves.toBe('off');
    await expect(page.getByTestId('settings-units').textContent()).resolves.toContain('Taller');
    await validateExample(page);
    await expect(cards(page).count()).resolves.toBe(expected.findings.length - count);

    // Exportar downloads the file the command line reads.
    await page.getByRole('tab', { name: 'Configuración' }).click();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportar' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('planifica.config.json');
    const text = readFileSync((await saved.path())!, 'utf8');
    expect(JSON.parse(text)).toEqual({ rules: { [rule]: 'off' }, catalogs: { units: ['Taller'] } });

    // Restablecer: every rule back to its default, nothing stored.
    await page.getByRole('button', { name: 'Restablecer' }).click();
    await expect(page.locator(`select[data-rule="${rule}"]`).inputValue()).resolves.not.toBe('off');
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('settings')))).resolves.toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt stored value: the defaults and a notice that can be closed, never a blank pane', async () => {
    const { context, page, errors } = await newPane();
    await page.evaluate(() => localStorage.setItem('planifica:settings', '{"rules": {"totals/*": "loud"'));
    await page.reload();
    await page.getByTestId('settings-problem').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('settings-problem').textContent()).resolves.toContain('valores por omisión');
    expect(await seriousViolations(page)).toEqual([]);
    await validateExample(page);
    const expected = validateWorkbook(await readXlsx(new Uint8Array(readFileSync(EXAMPLE))));
    await expect(cards(page).count()).resolves.toBe(expected.findings.length);
    await page.getByTestId('settings-problem').getByRole('button', { name: 'Cerrar aviso' }).click();
    await expect(page.getByTestId('settings-problem').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
