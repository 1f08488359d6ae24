/**
 * §9.3 Vinculación con la red de categorías programáticas: each product carries Programa (2
 * digits) – Subprograma (2) – Proyecto (2 or 3) – Actividad (3). Codes typed as numbers are read
 * with their leading zeros (1 in the Programa column is "01", as Excel shows it once formatted);
 * codes typed as text must have their digits ("1" as text is reported, "01" is right).
 *
 * A product whose first segments are empty and whose later ones hold values that fit the earlier
 * ones ("", "99", "00", "00") had its codes slid to the right: that is reported once, at the first
 * empty cell, with the corrected placement; the values themselves are still checked where they sit.
 */
import { cellAddress, createRule, type CellValue } from '../../core';
import {
  analyzeRowCode,
  parseCombinedCode,
  type CombinedCode,
  SEGMENT_NAMES,
  segmentWidthText,
  type RowCodeAnalysis,
  type RowSegment,
  type SegmentResult,
} from '../../domain/codes';
import type { ProgrammaticMatrix } from '../../domain/matrix';
import { matricesOf } from '../../domain/recognize';
import { combinedCodeColumn } from '../totals/support/code-column';

const ROW_SEGMENTS: readonly RowSegment[] = ['programa', 'subprograma', 'proyecto', 'actividad'];

type ProgrammaticItem = ProgrammaticMatrix['items'][number];

function cellsOf(item: ProgrammaticItem): Record<RowSegment, CellValue | undefined> {
  return {
    programa: item.programa?.value,
    subprograma: item.subprograma?.value,
    proyecto: item.proyecto?.value,
    actividad: item.actividad?.value,
  };
}

function describeSlide(slid: NonNullable<RowCodeAnalysis['slid']>): { corrected: string; missing: string } {
  const corrected = ROW_SEGMENTS.filter((s) => slid.corrected[s] !== undefined)
    .map((s) => `${SEGMENT_NAMES[s]} ${slid.corrected[s]}`)
    .join(', ');
  const missing = slid.missing.map((s) => SEGMENT_NAMES[s]).join(' y ');
  return { corrected, missing };
}

function problemText(result: SegmentResult): string {
  switch (result.problem) {
    case 'short':
      return `tiene ${result.raw.length} dígito${result.raw.length === 1 ? '' : 's'}`;
    case 'too-long':
      return `tiene ${result.raw.replace(/\D/g, '').length} dígitos`;
    default:
      return 'no es un número entero';
  }
}

function combinedProblem(parsed: CombinedCode): string {
  if (parsed.problem === 'segment-count') {
    return 'no tiene los cuatro segmentos programa-subprograma-proyecto-actividad (o los ocho de una partida completa)';
  }
  const bad = parsed.segments.find((s) => s.problem !== undefined);
  if (!bad) return 'no es un código programático';
  if (bad.problem === 'empty') return `le falta el código de ${SEGMENT_NAMES[bad.segment]}`;
  return `el código de ${SEGMENT_NAMES[bad.segment]} «${bad.raw}» ${problemText(bad)} y debe tener ${segmentWidthText(bad.segment)} dígitos`;
}

export default createRule({
  meta: {
    id: 'form/programmatic-code',
    kind: 'invalid-code',
    severity: 'error',
    description:
      'Verifica que los códigos de programa, subprograma, proyecto y actividad estén completos y bien formados.',
    descriptionEn: 'Checks that programme, subprogramme, project and activity codes are complete and well formed.',
    title: 'Código programático incompleto o mal formado',
    titleEn: 'Incomplete or malformed programme code',
    messages: {
      slid: 'Los códigos de «{{product}}» están corridos {{shift}} a la derecha: deberían ser {{corrected}}; falta el código de {{missing}}.',
      empty: 'Falta el código de {{segment}} del producto «{{product}}».',
      noCode: 'El producto «{{product}}» no tiene códigos de programa, subprograma, proyecto ni actividad.',
      malformed:
        'El código de {{segment}} «{{value}}» de «{{product}}» no es válido: {{problem}} y debe tener {{digits}} dígitos.',
      combined: 'El código «{{value}}» de «{{product}}» no es válido: {{problem}}.',
    },
    messagesEn: {
      slid: 'The codes of "{{product}}" are shifted to the right ({{shift}}): they should be {{corrected}}; the "{{missing}}" code is missing.',
      empty: 'The "{{segment}}" code of product "{{product}}" is missing.',
      noCode: 'Product "{{product}}" has no programme, subprogramme, project or activity codes.',
      malformed:
        'The "{{segment}}" code "{{value}}" of "{{product}}" is not valid ({{problem}}); it must have {{digits}} digits.',
      combined: 'The code "{{value}}" of "{{product}}" is not valid: {{problem}}.',
    },
  },
  create(context) {
    // Goals matrices that write the whole structure in one cell per product.
    for (const goals of matricesOf(context.workbook, 'goals')) {
      const sheet = context.workbook.sheet(goals.sheet);
      const col = combinedCodeColumn(sheet, goals);
      if (col === undefined) continue;
      for (const item of goals.items) {
        const value = sheet?.get(item.row, col)?.value;
        if (typeof value !== 'string' || value.trim() === '') continue;
        const parsed = parseCombinedCode(value);
        if (parsed.code !== undefined) continue;
        context.report({
          messageId: 'combined',
          sheet: goals.sheet,
          range: cellAddress(item.row, col),
          data: { value: value.trim(), product: item.name.value, problem: combinedProblem(parsed) },
          actual: value.trim(),
          valueType: 'code',
        });
      }
    }
    for (const matrix of matricesOf(context.workbook, 'programmatic')) {
      const at = (row: number, segment: RowSegment) => cellAddress(row, matrix.codeColumns[segment]);
      for (const item of matrix.items) {
        const cells = cellsOf(item);
        const analysis = analyzeRowCode(cells);
        const filled = ROW_SEGMENTS.filter((s) => analysis.segments[s].problem !== 'empty');
        const product = item.name.value;
        // Subproducts inherit their product's codes: only what they do write is checked. A row
        // taken as a product only by default (no mark at all) is treated the same way.
        const mustHaveCodes = item.level === 'product' && item.levelBy !== 'default';
        if (filled.length === 0) {
          if (mustHaveCodes) {
            context.report({
              messageId: 'noCode',
              sheet: matrix.sheet,
              range: at(item.row, 'programa'),
              data: { product },
            });
          }
          continue;
        }
        let slidEmpty = new Set<RowSegment>();
        if (analysis.slid) {
          const { corrected, missing } = describeSlide(analysis.slid);
          slidEmpty = new Set(ROW_SEGMENTS.slice(0, analysis.slid.by));
          context.report({
            messageId: 'slid',
            sheet: matrix.sheet,
            range: at(item.row, 'programa'),
            data: {
              product,
              shift: analysis.slid.by === 1 ? 'una columna' : `${analysis.slid.by} columnas`,
              corrected,
              missing,
            },
            expected: ROW_SEGMENTS.map((s) => analysis.slid?.corrected[s] ?? '').join('-'),
            actual: ROW_SEGMENTS.map((s) => analysis.segments[s].raw).join('-'),
            valueType: 'code',
            related: filled.map((s) => ({ sheet: matrix.sheet, range: at(item.row, s) })),
          });
        }
        for (const segment of ROW_SEGMENTS) {
          const result = analysis.segments[segment];
          if (result.problem === undefined) continue;
          if (result.problem === 'empty') {
            if (mustHaveCodes && !slidEmpty.has(segment)) {
              context.report({
                messageId: 'empty',
                sheet: matrix.sheet,
                range: at(item.row, segment),
                data: { segment: SEGMENT_NAMES[segment], product },
              });
            }
            continue;
          }
          context.report({
            messageId: 'malformed',
            sheet: matrix.sheet,
            range: at(item.row, segment),
            data: {
              segment: SEGMENT_NAMES[segment],
              value: result.raw,
              product,
              problem: problemText(result),
              digits: segmentWidthText(segment),
            },
            actual: result.raw,
            valueType: 'code',
            ...(result.problem === 'short' && result.code ? { expected: result.code } : {}),
          });
        }
      }
    }
  },
});
