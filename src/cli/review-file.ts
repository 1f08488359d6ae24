/**
 * One workbook of a review: read it, validate it (and check its budget ceilings, when given),
 * keep the findings and the few facts the summary shows, and drop the snapshot. Runs inside a
 * worker thread (review-worker.ts) or, for a single file or under tests, in the main thread.
 */
import { summarize, validate } from '../core';
import type { Ceiling } from '../domain/review/ceilings';
import { planFigures } from '../domain/review/facts';
import { identifyPlan } from '../domain/review/identity';
import type { WorkbookReview } from '../domain/review/report';
import { validateWorkbook } from '../rules/run';
import { createBudgetCeilingRule } from '../rules/totals/budget-ceiling';
import { isXlsxReadError } from '../xlsx/errors';
import { readXlsx } from '../xlsx/read';
import { nodeZlib } from './node-zlib';
import { resolveLimits } from '../xlsx/read-limits';
import { describeError } from './io';
import { readInput } from './inputs';

export type { ReviewedWorkbook, UnreadableWorkbook, WorkbookReview } from '../domain/review/report';

export async function reviewFile(file: string, ceilings: readonly Ceiling[]): Promise<WorkbookReview> {
  const limits = resolveLimits();
  let snapshot;
  try {
    snapshot = await readXlsx(await readInput(file, limits), { limits, zlib: nodeZlib });
  } catch (error) {
    const reason = isXlsxReadError(error) ? error.message : `error interno: ${describeError(error)}`;
    return { file, status: 'unreadable', reason };
  }
  const result = validateWorkbook(snapshot);
  let findings = result.findings;
  let summary = result.summary;
  if (ceilings.length > 0) {
    const extra = validate(snapshot, [createBudgetCeilingRule(ceilings)]).findings;
    if (extra.length > 0) {
      findings = [...findings, ...extra];
      summary = { ...summarize(findings, summary.sheets, summary.cells, summary.ms) };
    }
  }
  return {
    file,
    status: 'reviewed',
    identity: identifyPlan(result.view),
    matrices: result.matrices.map((m) => m.title),
    summary,
    findings: findings.map(({ data: _data, ...finding }) => finding),
    figures: planFigures(result.view),
  };
}
