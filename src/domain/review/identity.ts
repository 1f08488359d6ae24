/**
 * Whose plan a workbook is: the institution's code and name, the kind of plan (POM or POA) and
 * its years, as a budget officer's review lists them. Read from the title rows the matrices
 * carry ("1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN", "PLAN OPERATIVO ANUAL 2026")
 * and from the document properties (title, company), the years from the recognised matrices.
 */
import type { WorkbookView } from '../../core';
import { getRecognition } from '../recognize';

export type PlanType = 'POM' | 'POA';

export interface PlanIdentity {
  /** Institutional code as MINFIN writes it, e.g. "1120-0069-000-000". */
  code?: string;
  /** The institution's name as the workbook spells it. */
  name?: string;
  plan?: PlanType;
  /** The plan's years (from the recognised matrices' year headers). */
  years: number[];
}

/** "1120-0069-000-000": entidad-unidad ejecutora-… as MINFIN's reports print it. */
const INSTITUTION_CODE = /\b(\d{4}-\d{4}-\d{3}-\d{3})\b/;
/** Words a public institution's name starts with (title rows hold other text too). */
const INSTITUTION_WORDS =
  /^(ministerio|secretar[ií]a|instituto|consejo|comisi[oó]n|fondo|superintendencia|procuradur[ií]a|registro|direcci[oó]n|oficina|universidad|municipalidad|contralor[ií]a|tribunal|organismo|corte|congreso|consejo|autoridad|academia|agencia|comit[eé]|escuela|empresa|fiscal[ií]a|presidencia|vicepresidencia|gobernaci[oó]n|mancomunidad)\b/i;
/** Title rows looked at, from the top of each sheet. */
const TITLE_ROWS = 4;

function titleTexts(view: WorkbookView): string[] {
  const texts: string[] = [];
  for (const sheet of view.sheets) {
    if (sheet.cells.length === 0) continue;
    for (let row = 0; row < TITLE_ROWS; row++) {
      for (const cell of sheet.row(row)) {
        if (cell && typeof cell.value === 'string' && cell.value.trim() !== '') texts.push(cell.value.trim());
      }
    }
  }
  return texts;
}

/** A name as a title row or property gives it, on one line. */
function cleanName(text: string): string | undefined {
  const name = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:]+|[\s–—:]+$/g, '')
    .trim();
  return name === '' ? undefined : name;
}

function planTypeOf(texts: readonly string[]): PlanType | undefined {
  for (const text of texts) {
    if (/plan operativo anual|\bPOA\b/i.test(text)) return 'POA';
    if (/plan operativo multianual|\bPOM\b/i.test(text)) return 'POM';
  }
  return undefined;
}

/** The institution, plan type and years of a workbook, as far as it says. */
export function identifyPlan(view: WorkbookView): PlanIdentity {
  const texts = titleTexts(view);
  const properties = view.properties;
  const identity: PlanIdentity = { years: getRecognition(view).years };

  for (const text of [...texts, properties.title ?? '', properties.subject ?? '', properties.company ?? '']) {
    const match = INSTITUTION_CODE.exec(text);
    if (!match) continue;
    identity.code = match[1];
    const rest = cleanName(text.slice(match.index + match[1].length).split('\n')[0]);
    if (rest && INSTITUTION_WORDS.test(rest)) identity.name = rest;
    break;
  }
  if (identity.name === undefined) {
    const candidates = [
      properties.company ?? '',
      // Planifica's own title: "Plan Operativo Multianual 2026-2030 — INSTITUTO …".
      (properties.title ?? '').split(' — ')[1] ?? '',
      ...texts.map((text) => text.split('\n')[0]),
    ];
    const found = candidates.map(cleanName).find((text) => text !== undefined && INSTITUTION_WORDS.test(text));
    if (found) identity.name = found;
  }

  const plan = planTypeOf([properties.title ?? '', properties.subject ?? '', ...texts]);
  if (plan) identity.plan = plan;
  else if (identity.years.length === 1) identity.plan = 'POA';
  else if (identity.years.length > 1) identity.plan = 'POM';
  return identity;
}

/** "POM 2026-2030", "POA 2026", or what is known of it. */
export function planLabel(identity: PlanIdentity): string {
  const { years, plan } = identity;
  const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
  return [plan ?? '', span].filter((part) => part !== '').join(' ');
}
