/**
 * Runs dist/cli.js with the given arguments, as `planifica` does, and writes the process's CPU
 * time (user + system, start-up included) as the last line of stderr, `cpu-ms 1234`, after its
 * peak memory, `peak-mb 567`, and its minor page faults, `faults 5678`.
 */
'use strict';
const { join } = require('node:path');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const { minorPageFault, maxRSS } = process.resourceUsage();
  process.stderr.write(
    `\npeak-mb ${Math.round(maxRSS / 1024)}\nfaults ${minorPageFault}\ncpu-ms ${Math.round((user + system) / 1000)}\n`,
  );
});
// PLANIFICA_DIST: another build (scripts/bench/compare.js); this checkout's by default.
process.argv.splice(1, 1, join(process.env.PLANIFICA_DIST || join(__dirname, '..', '..', 'dist'), 'cli.js'));
require(process.argv[1]);
