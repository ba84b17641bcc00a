import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is the front door, and docs/ holds the facts the code relies on: every link between
 * them that stays in this repository must reach a file that is here and, when it names one, a
 * heading (or an `<a id>`) that file has.
 */
const ROOT = new URL('../..', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const DOCUMENTS = [
  join(ROOT, 'README.md'),
  join(ROOT, 'BENCHMARKS.md'),
  ...markdownFiles(join(ROOT, 'docs')),
];

/** GitHub's anchors for a Markdown file's headings (lower case, punctuation dropped, spaces to hyphens, repeats numbered). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of outsideCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (heading as string).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id as string);
  return anchors;
}

interface Link {
  from: string;
  target: string;
}

function linksOf(path: string): Link[] {
  const markdown = readFileSync(path, 'utf8')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: relative(ROOT, path), target }));
}

function broken(link: Link): boolean {
  const [file = '', anchor] = link.target.split('#');
  const path = file === '' ? join(ROOT, link.from) : join(dirname(join(ROOT, link.from)), decodeURI(file));
  if (!existsSync(path)) return true;
  if (anchor === undefined || anchor === '' || statSync(path).isDirectory() || !path.endsWith('.md'))
    return false;
  return !anchorsOf(readFileSync(path, 'utf8')).has(decodeURIComponent(anchor));
}

describe('links in the README and docs/', () => {
  const links = DOCUMENTS.flatMap(linksOf);

  it('finds the links (the scan itself works)', () => {
    expect(
      links.filter((link) => link.from === 'README.md' && link.target.startsWith('#')).length,
    ).toBeGreaterThan(5);
    expect(
      anchorsOf('## In a federated supergraph\n### A `supergraph` to try\n## Q&A: why?\n## Q&A: why?'),
    ).toEqual(new Set(['in-a-federated-supergraph', 'a-supergraph-to-try', 'qa-why', 'qa-why-1']));
  });

  it('every link within the repository reaches its file and heading', () => {
    expect(links.filter(broken)).toEqual([]);
  });
});
