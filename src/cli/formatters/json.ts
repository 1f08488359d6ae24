/**
 * `--format json`: exactly CONTRACT.md's object, `{ file, findings, summary }` for one file and
 * `{ files: [...] }` for several, extended with `matrices` (what recognition found where).
 */
import type { FileReport } from '../report';

export function formatJson(reports: readonly FileReport[], several: boolean): string {
  const objects = reports.map(({ file, findings, summary, matrices }) => ({ file, findings, summary, matrices }));
  const body = several ? { files: objects } : objects[0];
  return `${JSON.stringify(body, null, 2)}\n`;
}
