import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * The Node versions package.json's `engines` admits are the ones every installed package accepts,
 * so `npm ci` prints no EBADENGINE warning on any of them (see docs/decisions on Node support).
 * Checked at the oldest release of each supported line, where a dependency's `>=22.15` bites.
 */
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const manifest = read('../../package.json') as { engines: { node: string } };
const lock = read('../../package-lock.json') as {
  packages: Record<string, { version?: string; engines?: unknown }>;
};
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

const supported = new semver.Range(manifest.engines.node);
/** The first release of each line the range admits: `^20.19.0 || ^22.13.0 || >=24` → 20.19.0, 22.13.0, 24.0.0. */
const oldest = supported.set.map((comparators) => {
  const version = semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' ')));
  if (!version) throw new Error(`engines range ${manifest.engines.node} has an empty part`);
  return version.version;
});

function nodeRange(engines: unknown): string | undefined {
  if (typeof engines !== 'object' || engines === null || !('node' in engines)) return undefined;
  return typeof engines.node === 'string' ? engines.node : undefined;
}

describe('Node support', () => {
  it('names Node 20, 22 and 24 and the Node running the tests', () => {
    expect(oldest.map((version) => semver.major(version))).toEqual([20, 22, 24]);
    expect(supported.test(process.versions.node)).toBe(true);
  });

  it.each(oldest)('every installed package accepts Node %s', (version) => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = nodeRange(entry.engines);
      if (path === '' || range === undefined || semver.satisfies(version, range)) return [];
      return [`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}`];
    });
    expect(refusing).toEqual([]);
  });

  it('the README states the same versions', () => {
    const requirement = /Requires Node\.js ([^\n]+)/.exec(README)?.[1] ?? '';
    for (const version of oldest) {
      const [major, minor] = version.split('.');
      expect(requirement).toContain(minor === '0' ? `${major}` : `${major}.${minor}`);
    }
  });
});
