/** The IGM example model (examples/igm-pom-2026-2030.json), parsed, for tests. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseModelJson, type PomModel } from '../../src/domain/model';

export const EXAMPLE_MODEL_PATH = join(__dirname, '../../examples/igm-pom-2026-2030.json');

export function exampleModel(): PomModel {
  const parsed = parseModelJson(readFileSync(EXAMPLE_MODEL_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.model;
}

/** The example as plain JSON, to change before parsing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function exampleJson(): any {
  return JSON.parse(readFileSync(EXAMPLE_MODEL_PATH, 'utf8'));
}
