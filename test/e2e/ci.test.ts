import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * CI checks what a developer's `npm test` checks, and runs the README's own commands: the test
 * command installs what the tests need and then runs `npm run check` (typecheck, lint, generated
 * files, tests); `.ci/run` runs the README's install and test commands, nothing of its own.
 */
const text = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const README = text('../../README.md');
const CI = text('../../.ci/run');
const scripts = (JSON.parse(text('../../package.json')) as { scripts: Record<string, string> }).scripts;

/** The commands of the README's quick start line that ends with `npm test`. */
function readmeTestCommands(): string[] {
  const line = /^(npm ci && npm test)\s/m.exec(README)?.[1];
  if (!line) throw new Error('the README has no `npm ci && npm test` line');
  return line.split('&&').map((command) => command.trim());
}

describe('the test command and CI', () => {
  it('npm test installs missing test tools, then runs every check', () => {
    expect(scripts.test).toBe('scripts/setup-test-env.sh && npm run check');
    const check = scripts.check ?? '';
    for (const step of ['npm run typecheck', 'npm run lint', 'vitest run']) expect(check).toContain(step);
    expect(check.endsWith('vitest run')).toBe(true);
  });

  it('.ci/run runs the README install and test commands, on each Node it checks', () => {
    const commands = readmeTestCommands();
    expect(commands).toEqual(['npm ci', 'npm test']);
    for (const command of commands) {
      expect(CI).toMatch(new RegExp(`PATH=\\$path ${command}(\\s|$)`, 'm'));
    }
    // No command of its own: no direct vitest run, no other npm script.
    expect(CI).not.toMatch(/^\s*(PATH=\S+ )?(npx |npm run |vitest )/m);
    expect(CI).toMatch(/for major in 22 24; do/);
  });
});
