/**
 * Guards every rule in the index, as ESLint's own CI does: the id is its file path, the rule has
 * its doc page (sections in the agreed order) and its test table, its metadata speaks the
 * CONTRACT vocabulary, its messages' {{placeholders}} are well formed, and no rule file is left
 * out of the index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FINDING_KINDS, SEVERITIES, type AnyRule } from '../../src/core';
import { allRules } from '../../src/rules';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'rules');
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\/[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DOC_SECTIONS = ['## Qué señala', '## Por qué', '## Ejemplo incorrecto', '## Ejemplo correcto', '## Opciones'];
const PLACEHOLDER = /\{\{[A-Za-z_][A-Za-z0-9_]*\}\}/g;
/** Issue 8: each doc says, inside "Qué señala", which case gives which confidence and severity. */
const CONFIDENCE_HEADING = '### Confianza y severidad';

/** Problems of one rule, as readable lines (empty when the rule is in order). */
function ruleProblems(rule: AnyRule): string[] {
  const problems: string[] = [];
  const { id, kind, severity, description, descriptionEn, messages } = rule.meta;
  if (!ID.test(id)) problems.push(`el id "${id}" no tiene la forma grupo/nombre en kebab-case`);

  const source = join(RULES_DIR, `${id}.ts`);
  if (!existsSync(source)) problems.push(`falta src/rules/${id}.ts (el id debe ser la ruta del archivo)`);
  else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(source) as { default?: AnyRule };
    if (loaded.default !== rule) problems.push(`src/rules/${id}.ts no exporta por defecto esta regla`);
  }

  const doc = join(ROOT, 'docs', 'rules', `${id}.md`);
  if (!existsSync(doc)) problems.push(`falta docs/rules/${id}.md`);
  else problems.push(...docProblems(id, readFileSync(doc, 'utf8')));

  const test = join(ROOT, 'test', 'rules', `${id}.test.ts`);
  if (!existsSync(test)) problems.push(`falta test/rules/${id}.test.ts`);
  else if (!readFileSync(test, 'utf8').includes('runRuleTests(')) {
    problems.push(`test/rules/${id}.test.ts no usa runRuleTests`);
  }

  if (!(FINDING_KINDS as readonly string[]).includes(kind)) problems.push(`kind "${kind}" no está en CONTRACT.md`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) problems.push(`severity "${severity}" no es válida`);

  if (!/^\p{Lu}\p{Ll}+[ae]\b/u.test(description ?? '')) {
    problems.push(`la descripción debe empezar con un verbo en español con mayúscula ("Señala …"): "${description}"`);
  }
  if (!/\.$/.test(description ?? '')) problems.push('la descripción debe terminar en punto');
  if (!descriptionEn || !/^\p{Lu}.*\.$/u.test(descriptionEn)) {
    problems.push('falta descriptionEn (una línea en inglés, con mayúscula y punto final)');
  } else if (descriptionEn === description) problems.push('descriptionEn repite la descripción en español');

  const entries = Object.entries(messages ?? {});
  if (entries.length === 0) problems.push('la regla no declara mensajes');
  for (const [messageId, text] of entries) {
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`el mensaje "${messageId}" está vacío`);
      continue;
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}')) {
      problems.push(`el mensaje "${messageId}" tiene un marcador mal formado: ${text}`);
    }
  }
  return problems;
}

function docProblems(id: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const problems: string[] = [];
  if (lines[0] !== `# ${id}`) problems.push(`docs/rules/${id}.md debe empezar con "# ${id}"`);
  const summary = lines.slice(1).find((line) => line.trim() !== '');
  if (!summary || summary.startsWith('#'))
    problems.push(`docs/rules/${id}.md: falta el resumen de una línea tras el título`);
  const headings = lines.filter((line) => /^##\s/.test(line)).map((line) => line.trim());
  if (JSON.stringify(headings) !== JSON.stringify(DOC_SECTIONS)) {
    problems.push(
      `docs/rules/${id}.md: las secciones deben ser, en orden, ${DOC_SECTIONS.join(' | ')}; tiene ${headings.join(' | ') || 'ninguna'}`,
    );
  }
  DOC_SECTIONS.forEach((heading, i) => {
    const start = lines.findIndex((line) => line.trim() === heading);
    if (start < 0) return;
    const end =
      i + 1 < DOC_SECTIONS.length ? lines.findIndex((line) => line.trim() === DOC_SECTIONS[i + 1]) : lines.length;
    const body = lines
      .slice(start + 1, end < 0 ? lines.length : end)
      .join('\n')
      .trim();
    if (body === '')
      problems.push(`docs/rules/${id}.md: la sección "${heading}" está vacía (escriba "Ninguna." si no aplica)`);
    if (heading === '## Qué señala' && !body.split('\n').some((line) => line.trim() === CONFIDENCE_HEADING))
      problems.push(`docs/rules/${id}.md: la sección "${heading}" no tiene la subsección "${CONFIDENCE_HEADING}"`);
  });
  return problems;
}

/** Every .ts file under src/rules/<group>/ (any depth) that defines a rule. */
function ruleFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && dir !== RULES_DIR && readFileSync(path, 'utf8').includes('createRule(')) {
        found.push(relative(RULES_DIR, path).split(sep).join('/').replace(/\.ts$/, ''));
      }
    }
  };
  walk(RULES_DIR);
  return found.sort();
}

describe('rule index', () => {
  it('has rules', () => {
    expect(allRules.length).toBeGreaterThan(0);
  });

  it('has unique ids, sorted', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('registers every rule file under src/rules/<group>/ (no orphan)', () => {
    const registered = new Set(allRules.map((rule) => rule.meta.id));
    const orphans = ruleFiles().filter((path) => !registered.has(path));
    expect(orphans.map((path) => `src/rules/${path}.ts no está registrada en src/rules/index.ts`)).toEqual([]);
  });

  describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
    it('is complete: file, doc page, test table, contract vocabulary, messages', () => {
      expect(ruleProblems(rule)).toEqual([]);
    });
  });
});

describe('the meta checks themselves', () => {
  const base = allRules.find((rule) => rule.meta.id === 'formulas/error-value');
  const variant = (meta: Partial<AnyRule['meta']>): AnyRule => ({ ...base!, meta: { ...base!.meta, ...meta } });

  it('catch a wrong id, kind, severity, description and placeholder', () => {
    expect(base).toBeDefined();
    const problems = ruleProblems(
      variant({
        id: 'formulas/Error_Value',
        kind: 'not-a-kind' as never,
        severity: 'fatal' as never,
        description: 'flags errors',
        descriptionEn: '',
        messages: { broken: 'El total {{year no cuadra.', spaced: 'Valor {{ value }}.' },
      }),
    );
    const expected = [
      /kebab-case/,
      /falta src\/rules\/formulas\/Error_Value\.ts/,
      /falta docs\/rules/,
      /falta test\/rules/,
      /kind/,
      /severity/,
      /verbo en español/,
      /terminar en punto/,
      /descriptionEn/,
      /"broken".*mal formado/,
      /"spaced".*mal formado/,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p))).toBe(true);
  });

  it('catch doc sections out of order, missing summary and empty sections', () => {
    const doc = [
      '# a/b',
      '',
      '## Por qué',
      'x',
      '## Qué señala',
      'y',
      '## Ejemplo incorrecto',
      '## Ejemplo correcto',
      'z',
    ];
    const problems = docProblems('a/b', doc.join('\n'));
    expect(problems.some((p) => /resumen/.test(p))).toBe(true);
    expect(problems.some((p) => /en orden/.test(p))).toBe(true);
    expect(problems.some((p) => /"## Ejemplo incorrecto" está vacía/.test(p))).toBe(true);
    expect(problems.some((p) => /Confianza y severidad/.test(p))).toBe(true);
  });

  it('accept the confidence subsection only inside "Qué señala"', () => {
    const doc = (where: 'inside' | 'after') =>
      [
        '# a/b',
        '',
        'Señala algo.',
        '## Qué señala',
        'y',
        ...(where === 'inside' ? ['### Confianza y severidad', 'confianza 1, error'] : []),
        '## Por qué',
        'x',
        ...(where === 'after' ? ['### Confianza y severidad', 'confianza 1, error'] : []),
        '## Ejemplo incorrecto',
        'a',
        '## Ejemplo correcto',
        'b',
        '## Opciones',
        'Ninguna.',
      ].join('\n');
    expect(docProblems('a/b', doc('inside'))).toEqual([]);
    expect(docProblems('a/b', doc('after'))).toEqual([
      'docs/rules/a/b.md: la sección "## Qué señala" no tiene la subsección "### Confianza y severidad"',
    ]);
  });
});
