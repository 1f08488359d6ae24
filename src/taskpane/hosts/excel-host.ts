/**
 * The WorkbookHost inside Excel: every operation is one Excel.run over the adapter in src/excel.
 * Reading the workbook and validating it are separate steps so the engine never waits on Excel.
 */
import type { Finding } from '../../core';
import { clearMarks, markFindings, REPORT_SHEET } from '../../excel/marks';
import { selectCell } from '../../excel/navigate';
import { readWorkbook } from '../../excel/read';
import { officeFeatures, type ExcelFeatures } from '../../excel/requirements';
import { debounce, REVALIDATE_DELAY_MS, unwatch, watchSheets } from '../../excel/watch';
import { writeSpec } from '../../excel/write';
import { validateWorkbook } from '../../rules/run';
import type { WorkbookHost } from '../host';

export function createExcelHost(features: ExcelFeatures = officeFeatures()): WorkbookHost {
  return {
    kind: 'excel',
    async validate() {
      // Planifica's own report sheet is not part of the plan.
      const snapshot = await Excel.run((context) => readWorkbook(context, { features, skipSheets: [REPORT_SHEET] }));
      const { findings, summary, matrices } = validateWorkbook(snapshot);
      return { findings, summary, matrices, sheets: snapshot.sheets.map((s) => s.name) };
    },
    async select(ref) {
      await Excel.run((context) => selectCell(context, ref));
    },
    async selectWithRelated(ref, related) {
      const also = related.filter((r) => r.sheet === ref.sheet).map((r) => r.range);
      // getRanges (several areas) is ExcelApi 1.9, the same set as getCellProperties.
      await Excel.run((context) => selectCell(context, ref, also, features.cellProperties));
    },
    async mark(findings: readonly Finding[]) {
      const result = await Excel.run((context) => markFindings(context, findings, { features, report: true }));
      return { kind: 'marked', cells: result.cells, reportSheet: result.reportSheet };
    },
    async clearMarks() {
      await Excel.run((context) => clearMarks(context));
    },
    insert(spec, options) {
      return Excel.run((context) => writeSpec(context, spec, { features, overwrite: options.overwrite }));
    },
    watch(sheets, listener) {
      const debounced = debounce(listener, REVALIDATE_DELAY_MS);
      // Re-validation on edit is a convenience: if listening fails (a sheet renamed meanwhile),
      // the Validar button still works, so a failure here is not worth an error message.
      const registration = Excel.run(async (context) => {
        const handlers = await watchSheets(context, sheets, debounced.call);
        return { context, handlers };
      }).catch(() => undefined);
      return () => {
        debounced.cancel();
        void registration
          .then((r) => r && Excel.run(r.context, (ctx) => unwatch(ctx, r.handlers)))
          .catch(() => undefined); // the sheets may be gone already: nothing left to remove
      };
    },
  };
}
