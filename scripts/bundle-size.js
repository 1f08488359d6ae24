#!/usr/bin/env node
/**
 * The task pane's bundle budget: the JavaScript a user downloads before picking a file (the
 * scripts taskpane.html loads), gzipped, must stay under BUDGET_KB. Lazy chunks (ExcelJS for file
 * mode) are listed but not counted. Run after `npm run build`; exits 1 over budget, 2 without dist/.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_KB = 400;
const DIST = path.resolve(__dirname, '..', 'dist');
const HTML = path.join(DIST, 'taskpane.html');

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

if (!fs.existsSync(HTML)) {
  console.error('No existe dist/taskpane.html: ejecute primero `npm run build`.');
  process.exit(2);
}

const html = fs.readFileSync(HTML, 'utf8');
// Minified HTML drops attribute quotes: accept src=x, src="x" and src='x'.
const initial = [...html.matchAll(/<script[^>]*\ssrc=(["']?)([^"'\s>]+)\1/g)]
  .map((m) => m[2])
  .filter((src) => !/^https?:/.test(src)) // office.js comes from Microsoft's CDN
  .map((src) => path.join(DIST, src.split('?')[0]));
const jsDir = path.join(DIST, 'js');
const lazy = fs
  .readdirSync(jsDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join(jsDir, f))
  .filter((f) => !initial.includes(f));

let total = 0;
console.log('Carga inicial (antes de elegir un archivo):');
for (const file of initial) {
  const kb = gzipKb(file);
  total += kb;
  console.log(`  ${path.relative(DIST, file).padEnd(36)} ${kb.toFixed(1).padStart(8)} KB gzip`);
}
console.log('Bajo demanda (no cuentan):');
for (const file of lazy) {
  console.log(`  ${path.relative(DIST, file).padEnd(36)} ${gzipKb(file).toFixed(1).padStart(8)} KB gzip`);
}
console.log(`Total inicial: ${total.toFixed(1)} KB gzip (presupuesto ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`Fuera de presupuesto por ${(total - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
