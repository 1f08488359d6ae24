#!/usr/bin/env node
/**
 * `npm start`: the development server plus sideloading into Excel desktop, which exists only on
 * Windows and macOS. Elsewhere it stops with one line that points to `npm run serve` (the pane in
 * a browser, in file mode, over plain http: no Excel, no certificate, no administrator rights).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const DESKTOP = ['win32', 'darwin'];

if (!DESKTOP.includes(process.platform) && !process.env.PLANIFICA_FORCE_SIDELOAD) {
  process.stderr.write(
    `npm start: Excel de escritorio no existe en ${process.platform}; use \`npm run serve\` y abra ` +
      'http://localhost:3000/taskpane.html (el panel en un navegador, modo archivo).\n',
  );
  process.exit(1);
}

const cli = path.join(path.dirname(require.resolve('office-addin-debugging/package.json')), 'cli.js');
const child = spawn(process.execPath, [cli, 'start', 'manifest.xml', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { OFFICE_ADDIN_USAGE_DATA_OPT_IN: 'false', ...process.env },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
