import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The gateway's and the emulator's source, `src/`. */
export const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const SPECIFIER = /\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm;

/** Every file below a folder. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Each import of a file, type-only ones included: a package name, or the imported module's path under `src/`. */
export function importsOf(file: string): Array<{ package: string } | { module: string }> {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    return specifier.startsWith('.')
      ? { module: relative(SRC, resolve(dirname(file), specifier)) }
      : { package: specifier };
  });
}
