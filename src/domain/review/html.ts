/**
 * The review as one self-contained HTML page (no script or style from outside): the summary
 * table (click a header to sort), the counts by rule as a bar chart, and each workbook's
 * findings with a link to the cell. Pure string building: the command line and the browser's
 * file mode write the same page, each with its own links (links.ts).
 */
import { formatNumber, formatQuetzales } from '../../core';
import { planLabel } from './identity';
import { describeRule, fileBaseName as basename, type ReportLinks } from './links';
import { topProblem, type ReviewReport } from './report';

const SEVERITY_ES = { error: 'Error', warning: 'Advertencia', info: 'Aviso' } as const;

function esc(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const money = (v: number | undefined) => (v === undefined ? '' : formatQuetzales(v));
const num = (v: number | undefined) => (v === undefined ? '' : formatNumber(v));

const STYLE = `
body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:24px;color:#1b1b1b}
h1{color:#1f3864;font-size:1.5rem}h2{color:#1f3864;font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#1f3864;color:#fff;cursor:pointer;position:sticky;top:0}td.n{text-align:right;white-space:nowrap}
td.c{white-space:nowrap}tr:nth-child(even) td{background:#f2f5fa}.err{color:#b00020;font-weight:600}.unread{color:#8a4b00}
.bar{display:flex;align-items:center;gap:8px;margin:3px 0;font-size:.85rem}.bar span.l{width:22rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar span.b{background:#2f5597;height:14px;display:inline-block}details{margin:6px 0}summary{cursor:pointer}
`;

// Sorting by a header click: numbers by value (data-v), the rest as text, Spanish order.
const SCRIPT = `document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',function(){
var t=th.closest('table'),b=t.tBodies[0],rows=[].slice.call(b.rows),asc=th.dataset.dir!=='asc';th.dataset.dir=asc?'asc':'desc';
rows.sort(function(x,y){var a=x.cells[i],c=y.cells[i],p=a.dataset.v,q=c.dataset.v;var r=(p!==undefined&&q!==undefined)?(Number(p)-Number(q)):a.textContent.localeCompare(c.textContent,'es');return asc?r:-r;});
rows.forEach(function(r){b.appendChild(r);});});});`;

function numCell(v: number | undefined, shown: string): string {
  return v === undefined ? '<td class="n"></td>' : `<td class="n" data-v="${v}">${esc(shown)}</td>`;
}

export function formatReviewHtml(report: ReviewReport, links: ReportLinks): string {
  const { totals, budgetYears: years } = report;
  const out: string[] = [];
  out.push(
    '<!doctype html><html lang="es"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Revisión de planes (POM/POA)</title><style>${STYLE}</style></head><body>`,
    '<h1>Revisión de planes (POM/POA)</h1>',
    `<p>${totals.workbooks} libros: ${totals.reviewed} revisados (${totals.withErrors} con errores), ${totals.unreadable} sin leer · ${totals.errors} errores, ${totals.warnings} advertencias, ${totals.infos} avisos · ${esc(report.generated.slice(0, 16).replace('T', ' '))} UTC</p>`,
    '<h2 id="resumen">Resumen por libro</h2>',
    '<table class="sortable"><thead><tr><th>Archivo</th><th>Código</th><th>Institución</th><th>Plan</th><th>Matrices</th><th>Errores</th><th>Advertencias</th><th>Avisos</th><th>Problema más frecuente</th>',
    ...years.map((y) => `<th>Presupuesto ${y}</th>`),
    '<th>Metas físicas (suma)</th><th>Metas financieras (suma)</th><th>Estado</th></tr></thead><tbody>',
  );
  report.workbooks.forEach((w, i) => {
    const file = `<td><a href="${esc(links.file(w.file))}">${esc(basename(w.file))}</a></td>`;
    if (w.status === 'unreadable') {
      out.push(
        `<tr>${file}${'<td></td>'.repeat(8 + years.length + 2)}<td class="unread">No se pudo leer: ${esc(w.reason)}</td></tr>`,
      );
      return;
    }
    const top = topProblem(w);
    out.push(
      `<tr>${file}<td class="c">${esc(w.identity.code)}</td><td>${esc(w.identity.name)}</td><td class="c">${esc(planLabel(w.identity))}</td>`,
      numCell(w.matrices.length, String(w.matrices.length)),
      `<td class="n${w.summary.errors > 0 ? ' err' : ''}" data-v="${w.summary.errors}">${w.summary.errors}</td>`,
      numCell(w.summary.warnings, String(w.summary.warnings)),
      numCell(w.summary.infos, String(w.summary.infos)),
      `<td>${top ? `${esc(describeRule(report, top.rule))} (${esc(top.rule)}, ${top.count})` : ''}</td>`,
      ...years.map((y) => {
        const v = w.figures.budgetByYear[String(y)];
        return numCell(v, money(v));
      }),
      numCell(w.figures.physicalTotal, num(w.figures.physicalTotal)),
      numCell(w.figures.financialTotal, money(w.figures.financialTotal)),
      `<td>${w.findings.length > 0 ? `<a href="#libro-${i}">Revisado: ${w.findings.length} hallazgos</a>` : 'Revisado'}</td></tr>`,
    );
  });
  out.push('</tbody></table>');

  out.push('<h2 id="reglas">Hallazgos por regla</h2>');
  const max = Math.max(1, ...report.byRule.map((r) => r.findings));
  if (report.byRule.length === 0) out.push('<p>Ningún hallazgo.</p>');
  for (const r of report.byRule) {
    const width = Math.max(2, Math.round((r.findings / max) * 400));
    out.push(
      `<div class="bar" title="${esc(r.description)}"><span class="l">${esc(r.rule)}</span><span class="b" style="width:${width}px"></span><span>${r.findings} en ${r.workbooks} libro(s)</span></div>`,
    );
  }
  out.push(
    '<table class="sortable"><thead><tr><th>Regla</th><th>Descripción</th><th>Tipo</th><th>Hallazgos</th><th>Libros</th><th>Errores</th><th>Advertencias</th><th>Avisos</th></tr></thead><tbody>',
    ...report.byRule.map(
      (r) =>
        `<tr><td>${esc(r.rule)}</td><td>${esc(r.description)}</td><td>${esc(r.kind)}</td>${numCell(r.findings, String(r.findings))}${numCell(r.workbooks, String(r.workbooks))}${numCell(r.errors, String(r.errors))}${numCell(r.warnings, String(r.warnings))}${numCell(r.infos, String(r.infos))}</tr>`,
    ),
    '</tbody></table>',
    '<h2 id="hallazgos">Hallazgos por libro</h2>',
  );
  report.workbooks.forEach((w, i) => {
    if (w.status !== 'reviewed' || w.findings.length === 0) return;
    out.push(
      `<details id="libro-${i}"><summary>${esc(basename(w.file))} — ${esc(w.identity.name ?? '')}: ${w.summary.errors} errores, ${w.summary.warnings} advertencias, ${w.summary.infos} avisos</summary>`,
      '<table><thead><tr><th>Celda</th><th>Gravedad</th><th>Regla</th><th>Mensaje</th></tr></thead><tbody>',
      ...w.findings.map(
        (f) =>
          `<tr><td><a href="${esc(links.cell(w.file, f.sheet, f.range))}">${esc(`${f.sheet}!${f.range}`)}</a></td><td${f.severity === 'error' ? ' class="err"' : ''}>${SEVERITY_ES[f.severity]}</td><td>${esc(f.rule)}</td><td>${esc(f.message)}</td></tr>`,
      ),
      '</tbody></table></details>',
    );
  });
  out.push(`<script>${SCRIPT}</script></body></html>\n`);
  return out.join('\n');
}
