import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf, SRC } from '../helpers/source-imports.ts';

/**
 * The emulator shares no code with the gateway (docs/decisions/0003-emulator-is-independent.md):
 * it imports only Node's own modules, its own files, and what is generated from the spec as pure
 * data and types.
 */
const GENERATED_FROM_SPEC = ['generated/conversations-v1.ts', 'generated/operations.ts'];

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
