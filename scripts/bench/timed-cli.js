/**
 * Runs dist/cli.js with the given arguments, as `planifica` does, and writes the process's CPU
 * time (user + system, start-up included) as the last line of stderr: `cpu-ms 1234`.
 */
'use strict';
const { join } = require('node:path');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${Math.round((user + system) / 1000)}\n`);
});
process.argv.splice(1, 1, join(__dirname, '..', '..', 'dist', 'cli.js'));
require(process.argv[1]);
