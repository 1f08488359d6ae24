/** The README tells a newcomer the truth: its rules table and quick start match the project. */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { allRules } from '../src/rules';

const ROOT = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every rule with its kind, and no rule that does not exist', () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| ([a-z-]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(allRules.map((rule) => [rule.meta.id, rule.meta.kind]));
  });

  it('quick-starts on example workbooks that exist', () => {
    const examples = [...readme.matchAll(/examples\/[\w.-]+\.(?:xlsx|json)/g)].map((m) => m[0]);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(existsSync(path.join(ROOT, example))).toBe(true);
  });
});
