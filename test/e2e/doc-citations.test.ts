import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments cite the documents the code relies on as `docs/<file>.md §<section>`. Each citation must
 * point at a file of this repository and at a heading it has, so the facts travel with the code.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const SCANNED = ['src', 'test', 'scripts', 'bench'];
const CITATION = /docs\/([\w./-]+\.md)(?:\s*§\s*(\d+(?:\.\d+)*))?/g;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs|sh)$/.test(entry.name) ? [path] : [];
  });
}

interface Citation {
  at: string;
  file: string;
  section: string | undefined;
}

const citations: Citation[] = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((path) =>
  [...readFileSync(path, 'utf8').matchAll(CITATION)].map((match) => ({
    at: relative(ROOT, path),
    file: match[1] as string,
    section: match[2],
  })),
);

/** The section numbers a Markdown file's headings carry (`## 5. Resource semantics` → `5`, `### 5.4 …` → `5.4`). */
function sections(markdown: string): Set<string> {
  const numbers = [...markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)].map(
    (match) => match[1] as string,
  );
  return new Set(numbers);
}

describe('documentation cited by the code', () => {
  it('finds the citations (the scan itself works)', () => {
    expect(
      citations.filter((citation) => citation.file === 'twilio-rest-behaviour.md').length,
    ).toBeGreaterThan(0);
  });

  it('every cited document is in docs/ and has the cited section', () => {
    const missing = citations.filter((citation) => {
      const path = join(ROOT, 'docs', citation.file);
      if (!existsSync(path)) return true;
      return citation.section !== undefined && !sections(readFileSync(path, 'utf8')).has(citation.section);
    });
    expect(missing).toEqual([]);
  });
});
