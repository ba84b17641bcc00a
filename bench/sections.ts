import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * BENCHMARKS.md is written by more than one bench: `npm run bench` writes the whole file, the others
 * (e.g. `npm run bench:realtime`) each own a section between `<!-- bench:NAME -->` and
 * `<!-- /bench:NAME -->`. These helpers let each write its part without erasing the others'.
 */
const BLOCK = /<!-- bench:([a-z-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g;

/** The named sections of `previous` that `next` lacks, added at the end of `next`. */
export function keepSections(previous: string, next: string): string {
  const kept = [...previous.matchAll(BLOCK)].filter(([, name]) => !next.includes(`<!-- bench:${name} -->`));
  if (kept.length === 0) return next;
  return `${next.trimEnd()}\n\n${kept.map(([block]) => block).join('\n\n')}\n`;
}

/** Writes `path` as `text`, keeping the sections of other benches already in it. */
export function writeKeepingSections(path: string, text: string): void {
  writeFileSync(path, keepSections(existsSync(path) ? readFileSync(path, 'utf8') : '', text));
}

/** Replaces section `name` of the file at `path` with `section`, or adds it at the end. */
export function writeSection(path: string, name: string, section: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const block = `${start}\n${section}\n${end}`;
  writeFileSync(
    path,
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${block}\n`,
  );
}
