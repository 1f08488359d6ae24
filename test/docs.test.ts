/**
 * The documentation is self-contained: every link of the README and docs/ points to a file (and
 * heading) inside the repository, and nothing sends the reader to ../shared, which a clone lacks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const FILES = [
  ...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].map((name) => path.join(ROOT, name)),
  ...markdownFiles(path.join(ROOT, 'docs')),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
}

function links(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe('documentation', () => {
  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))('%s links only inside the repository', (_, file) => {
    const broken: string[] = [];
    for (const link of links(file)) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [target, anchor] = link.split('#');
      const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURI(target));
      if (!resolved.startsWith(ROOT + path.sep) || !existsSync(resolved)) {
        broken.push(link);
      } else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) {
        broken.push(link);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never sends the reader to ../shared/docs', () => {
    for (const file of FILES) expect(readFileSync(file, 'utf8')).not.toMatch(/shared\/docs|DOMAIN\.md|CONTRACT\.md/);
  });
});
