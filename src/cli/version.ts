/**
 * The package's version, from the nearest package.json named "planifica" above this module
 * (src/cli, dist/cli, or a test build elsewhere in the project).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

function findVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'planifica' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No package.json here (or an unreadable one): keep climbing.
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}

export function packageVersion(): string {
  cached ??= findVersion();
  return cached;
}
