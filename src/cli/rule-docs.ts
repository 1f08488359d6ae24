/**
 * Every output points to the rule's page, docs/rules/<id>.md: SARIF's `helpUri` and Spanish
 * `fullDescription`, the text output's rule id. The page's lead paragraph (the sentence under its
 * title) is the full description, read from the package's own docs/ (shipped with it); when the
 * page cannot be read, the rule's one-line description stands in.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the rule pages live, relative to the package root (and to the repository). */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

let root: string | null | undefined;

/** The folder of the package.json named "planifica" above this module, if any. */
function packageRoot(): string | undefined {
  if (root !== undefined) return root ?? undefined;
  root = null;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'planifica') {
        root = dir;
        break;
      }
    } catch {
      // No package.json here: keep climbing.
    }
  }
  return root ?? undefined;
}

/** The first paragraph after the page's title, on one line, without Markdown emphasis. */
export function leadParagraph(markdown: string): string | undefined {
  const body = markdown.replace(/\r\n/g, '\n').split('\n');
  const title = body.findIndex((line) => line.startsWith('# '));
  if (title < 0) return undefined;
  const lines: string[] = [];
  for (const line of body.slice(title + 1)) {
    if (line.trim() === '') {
      if (lines.length > 0) break;
      continue;
    }
    if (line.startsWith('#')) break;
    lines.push(line.trim());
  }
  const text = lines.join(' ').replace(/\*\*|__/g, '');
  return text === '' ? undefined : text;
}

/** The Spanish full description of a rule: its page's lead paragraph, or `fallback`. */
export function ruleFullDescription(ruleId: string, fallback: string): string {
  const base = packageRoot();
  if (!base) return fallback;
  try {
    return leadParagraph(readFileSync(join(base, ruleDocPath(ruleId)), 'utf8')) ?? fallback;
  } catch {
    return fallback;
  }
}
