import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The emulator shares no code with the gateway (docs/decisions/0003-emulator-is-independent.md):
 * it imports only Node's own modules, its own files, and what is generated from the spec as pure
 * data and types.
 */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const GENERATED_FROM_SPEC = ['generated/conversations-v1.ts', 'generated/operations.ts'];
const SPECIFIER = /\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Each import of a file: a package name, or the imported module's path under `src/`. */
function importsOf(file: string): Array<{ package: string } | { module: string }> {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    return specifier.startsWith('.')
      ? { module: relative(SRC, resolve(dirname(file), specifier)) }
      : { package: specifier };
  });
}

describe('the emulator’s independence', () => {
  it('imports only Node, its own modules and the modules generated from the spec', () => {
    const files = filesUnder(join(SRC, 'emulator'));
    expect(files.length).toBeGreaterThan(20);
    const foreign = files.flatMap((file) =>
      importsOf(file)
        .filter((target) =>
          'package' in target
            ? !target.package.startsWith('node:')
            : !target.module.startsWith('emulator/') && !GENERATED_FROM_SPEC.includes(target.module),
        )
        .map(
          (target) =>
            `${relative(SRC, file)} imports ${'package' in target ? target.package : target.module}`,
        ),
    );
    expect(foreign).toEqual([]);
  });

  it('shares only data and types: the modules generated from the spec import nothing', () => {
    for (const module of GENERATED_FROM_SPEC) expect(importsOf(join(SRC, module))).toEqual([]);
  });

  it('is imported by no layer of the gateway', () => {
    const layers = ['twilio', 'loaders', 'graphql'].flatMap((layer) => filesUnder(join(SRC, layer)));
    const intoEmulator = layers.flatMap((file) =>
      importsOf(file)
        .filter((target) => 'module' in target && target.module.startsWith('emulator/'))
        .map(() => relative(SRC, file)),
    );
    expect(layers.length).toBeGreaterThan(20);
    expect(intoEmulator).toEqual([]);
  });
});
