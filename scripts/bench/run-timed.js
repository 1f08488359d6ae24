/**
 * Runs a script that reports on itself at exit (scripts/bench/timed-cli.js,
 * scripts/bench/exceljs-read.js) in a fresh process: its wall time, measured here, and what it
 * wrote on stderr — CPU time (`cpu-ms`), minor page faults (`faults`) and, for timed-cli.js,
 * peak memory (`peak-mb`); NaN for a figure it did not write.
 */
'use strict';
const { spawnSync } = require('node:child_process');

function runTimed(script, args, env = process.env) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env });
  const wall = performance.now() - started;
  const figure = (name) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(run.stderr)?.[1] ?? NaN);
  return {
    status: run.status,
    error: run.error,
    stderr: run.stderr,
    wall,
    cpu: figure('cpu-ms'),
    faults: figure('faults'),
    peakMb: figure('peak-mb'),
  };
}

module.exports = { runTimed };
