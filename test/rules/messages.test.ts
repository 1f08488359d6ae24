/**
 * Both languages, whole: every rule speaks Spanish and English with the same message ids and the
 * same {{placeholders}}, the English text has no Spanish left in it (beyond the data it quotes),
 * every rule has a human title in each language, and the findings of real workbooks say how to
 * show their expected and actual values (`valueType`).
 */
import fs from 'fs';
import path from 'path';
import { interpolate, VALUE_TYPES, type AnyRule } from '../../src/core';
import { allRules, localizedMessage, ruleTitle } from '../../src/rules';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { ROOT } from '../support/pom-examples';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Words that give away a Spanish sentence; none of them is an English word. */
const SPANISH_WORDS = [
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'que',
  'en',
  'es',
  'son',
  'un',
  'una',
  'y',
  'con',
  'para',
  'por',
  'sin',
  'se',
  'su',
  'sus',
  'pero',
  'aquí',
  'cuyo',
  'cuya',
  'está',
  'están',
  'debe',
  'deben',
  'debería',
  'deberían',
  'tiene',
  'falta',
  'faltan',
  'revise',
  'corrija',
  'celda',
  'celdas',
  'fórmula',
  'fórmulas',
  'año',
  'años',
  'meta',
  'metas',
  'suma',
  'producto',
  'productos',
  'subproducto',
  'subproductos',
  'matriz',
  'ficha',
  'línea',
  'valor',
  'dato',
  'datos',
  'programa',
  'presupuesto',
  'resultado',
  'indicador',
  'código',
  'códigos',
  'unidad',
  'cuadro',
  'hoja',
  'libro',
];
const SPANISH = new RegExp(`(?<![\\p{L}])(${SPANISH_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/** Letters English does not use; quoted workbook headers («Meta Física») are taken out first. */
const SPANISH_LETTERS = /[áéíóúñ¿¡]/iu;

/** The words of a text that read as Spanish once placeholders and quoted data are set aside. */
function spanishLeft(text: string): string[] {
  const bare = text
    .replace(PLACEHOLDER, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ');
  const found: string[] = [];
  const word = SPANISH.exec(bare);
  if (word) found.push(word[1]);
  const letter = SPANISH_LETTERS.exec(bare);
  if (letter) found.push(letter[0]);
  return found;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

function messagesOf(rule: AnyRule): [string, string, string | undefined][] {
  const en = rule.meta.messagesEn as Record<string, string> | undefined;
  return Object.entries(rule.meta.messages as Record<string, string>).map(([id, es]) => [id, es, en?.[id]]);
}

describe('the Spanish-word detector', () => {
  it('catches Spanish left in an English text and lets English and quoted data through', () => {
    expect(spanishLeft('The total of the year does not match.')).toEqual([]);
    expect(spanishLeft('Planifica looks for «Código y Nombre del Indicador» in "{{item}}".')).toEqual([]);
    expect(spanishLeft('The total de {{year}} does not match.')).toEqual(['de']);
    expect(spanishLeft('La fórmula ={{formula}} reads an empty cell.')).toEqual(['La', 'ó']);
    expect(spanishLeft('The cell is empty, debería be 0.')).toEqual(['debería', 'í']);
    expect(spanishLeft('The Celda is empty.')).toEqual(['Celda']);
  });
});

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  it('has an English message for every Spanish one, and no other', () => {
    const es = Object.keys(rule.meta.messages).sort();
    const en = Object.keys(rule.meta.messagesEn ?? {}).sort();
    expect(en).toEqual(es);
  });

  it.each(messagesOf(rule))('message %s: same placeholders, fully rendered, English through', (_m, es, en) => {
    expect(typeof en).toBe('string');
    const english = en as string;
    expect(english.trim()).not.toBe('');
    expect(english).not.toBe(es);
    expect(placeholders(english)).toEqual(placeholders(es));

    const sample = Object.fromEntries(placeholders(es).map((name, i) => [name, `valor${i}`]));
    for (const text of [es, english]) {
      const rendered = interpolate(text, sample);
      expect(rendered).not.toContain('{{');
      expect(rendered).not.toContain('}}');
    }
    expect(spanishLeft(english)).toEqual([]);
  });

  it('has a short human title in each language', () => {
    const { title, titleEn } = rule.meta;
    for (const text of [title, titleEn]) {
      expect(typeof text).toBe('string');
      expect(text.trim()).toBe(text);
      expect(text).toMatch(/^\p{Lu}/u);
      expect(text).not.toMatch(/\.$/);
      expect(text.length).toBeLessThanOrEqual(60);
      expect(text).not.toContain('/');
    }
    expect(titleEn).not.toBe(title);
    expect(spanishLeft(titleEn)).toEqual([]);
    expect(ruleTitle(rule.meta.id, 'es')).toBe(title);
    expect(ruleTitle(rule.meta.id, 'en')).toBe(titleEn);
  });
});

describe('titles across rules', () => {
  it.each(['title', 'titleEn'] as const)('no two rules share a %s', (key) => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const rule of allRules) {
      const title = rule.meta[key].toLowerCase();
      const other = seen.get(title);
      if (other) clashes.push(`${other} y ${rule.meta.id}: «${rule.meta[key]}»`);
      seen.set(title, rule.meta.id);
    }
    expect(clashes).toEqual([]);
  });
});

describe('findings of the example workbooks', () => {
  const examples = ['igm-pom-2026-2030', 'inab-poa-2026', 'sbs-pom-2027-2031'].filter((name) =>
    fs.existsSync(path.join(ROOT, 'examples', `${name}.xlsx`)),
  );

  it('has the three faulty examples', () => {
    expect(examples).toHaveLength(3);
  });

  it.each(examples)('%s: each finding with expected or actual says its valueType; English is whole', async (name) => {
    const { findings } = await validateWorkbook(
      await readXlsx(fs.readFileSync(path.join(ROOT, 'examples', `${name}.xlsx`))),
    );
    expect(findings.length).toBeGreaterThan(0);
    const untyped = findings
      .filter((f) => f.expected !== undefined || f.actual !== undefined)
      .filter((f) => !f.valueType || !(VALUE_TYPES as readonly string[]).includes(f.valueType))
      .map((f) => `${f.rule} ${f.sheet}!${f.range}`);
    expect(untyped).toEqual([]);
    for (const finding of findings) {
      const english = localizedMessage(finding, 'en');
      expect(english).not.toContain('{{');
      expect(english).not.toBe(finding.message);
      expect(localizedMessage(finding, 'es')).toBe(finding.message);
    }
  });
});
