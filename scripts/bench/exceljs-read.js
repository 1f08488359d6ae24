/**
 * The yardstick of `npm run bench`: ExcelJS alone reading a workbook (its one-file bundle, as
 * the command line loaded it before it had its own reader), in a fresh process, writing its CPU
 * time (start-up included) as the last line of stderr, `cpu-ms 1234`, after its minor page
 * faults, `faults 5678`.
 */
'use strict';
const { readFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const { minorPageFault } = process.resourceUsage();
  process.stderr.write(`\nfaults ${minorPageFault}\ncpu-ms ${Math.round((user + system) / 1000)}\n`);
});
const ExcelJS = require('exceljs/dist/exceljs.bare.min.js');

new ExcelJS.Workbook().xlsx.load(readFileSync(process.argv[2])).catch((error) => {
  process.stderr.write(`${error && error.message}\n`);
  process.exitCode = 1;
});
