import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is the front door, and docs/ holds the facts the code relies on: every link between
 * them that stays in this repository must reach a file git tracks and, when it names one, a heading
 * (or an `<a id>`) that file has.
 */
const ROOT = new URL('../..', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const DOCUMENTS = [
  join(ROOT, 'README.md'),
  join(ROOT, 'BENCHMARKS.md'),
  ...markdownFiles(join(ROOT, 'docs')),
];

/** The text outside fenced code blocks, those indented in lists included. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1/gm, '');
}

/**
 * GitHub's anchors for a Markdown file's headings, by github-slugger's rule: the heading's text
 * (links and HTML tags reduced to their text) in lower case, without punctuation, symbols or
 * numbers other than digits, each space a hyphen; a repeated one numbered `-1`, `-2`… Then any
 * `<a id>` or `<a name>`.
 */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const text = withoutFences(markdown);
  for (const [, heading] of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const slug = (heading as string)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    let anchor = slug;
    for (let n = 1; anchors.has(anchor); n += 1) anchor = `${slug}-${n}`;
    anchors.add(anchor);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id as string);
  return anchors;
}

/** What git tracks: a link to a file only this machine has (dist/, .tmp/) is broken for everyone else. */
const TRACKED = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
const TRACKED_FILES = new Set(TRACKED);

function tracked(path: string): boolean {
  const name = relative(ROOT, path).replace(/\/$/, '');
  return TRACKED_FILES.has(name) || TRACKED.some((file) => file.startsWith(`${name}/`));
}

interface Link {
  from: string;
  target: string;
}

function linksOf(path: string): Link[] {
  const markdown = withoutFences(readFileSync(path, 'utf8')).replace(/`[^`\n]*`/g, '');
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: relative(ROOT, path), target }));
}

function broken(link: Link): boolean {
  const [file = '', anchor] = link.target.split('#');
  const path = file === '' ? join(ROOT, link.from) : join(dirname(join(ROOT, link.from)), decodeURI(file));
  if (!tracked(path)) return true;
  if (anchor === undefined || anchor === '' || !path.endsWith('.md')) return false;
  return !anchorsOf(readFileSync(path, 'utf8')).has(decodeURIComponent(anchor));
}

describe('links in the README and docs/', () => {
  const links = DOCUMENTS.flatMap(linksOf);

  it('finds the links and names headings as GitHub does (the scan itself works)', () => {
    expect(
      links.filter((link) => link.from === 'README.md' && link.target.startsWith('#')).length,
    ).toBeGreaterThan(5);
    expect(
      anchorsOf(
        [
          '## In a federated supergraph',
          '### A `supergraph` to try',
          '## Q&A: why?',
          '## Q&A: why?',
          '# 0054: On a quiet machine — 6 of 8 within 20 %',
          '### The server’s own pipeline, part by part (2026-12-06)',
          '## 2.3 Errors <code>20404</code> and [links](https://example.com)',
          '```',
          '## not a heading',
          '```',
          '<a id="chat"></a>',
        ].join('\n'),
      ),
    ).toEqual(
      new Set([
        'in-a-federated-supergraph',
        'a-supergraph-to-try',
        'qa-why',
        'qa-why-1',
        '0054-on-a-quiet-machine--6-of-8-within-20-',
        'the-servers-own-pipeline-part-by-part-2026-12-06',
        '23-errors-20404-and-links',
        'chat',
      ]),
    );
  });

  it('every link within the repository reaches a tracked file and the heading it names', () => {
    expect(links.filter(broken)).toEqual([]);
  });
});
