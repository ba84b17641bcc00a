import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';
import { startGatewayProcess } from '../helpers/gateway-process.ts';

/**
 * The embedded emulator is part of the package for demo mode only: a gateway in front of Twilio (or
 * any configured upstream) never loads its modules. Each gateway runs with a module tracer that
 * writes down every module URL the process loads.
 */
const TRACER = fileURLToPath(new URL('../helpers/trace-imports.mjs', import.meta.url));

let directory: string;
let upstream: RunningEmulator;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'emulator-loading-'));
  upstream = await startEmulator();
});
afterAll(async () => {
  await upstream?.close();
  await rm(directory, { recursive: true, force: true });
});

async function modulesLoadedBy(name: string, env: Record<string, string>): Promise<string[]> {
  const file = join(directory, `${name}.txt`);
  const gateway = await startGatewayProcess({
    ...env,
    NODE_OPTIONS: `--import=${TRACER}`,
    TRACE_IMPORTS_FILE: file,
  });
  await gateway.stop();
  return (await readFile(file, 'utf8')).split('\n').filter((url) => url.includes('/src/'));
}

describe('the embedded emulator', () => {
  it('is not loaded by a gateway with a configured upstream', async () => {
    const modules = await modulesLoadedBy('configured', { TWILIO_CONVERSATIONS_URL: upstream.url });
    expect(modules.some((url) => url.includes('/src/server/main.'))).toBe(true);
    expect(modules.filter((url) => url.includes('/src/emulator/'))).toEqual([]);
  });

  it('is loaded in demo mode', async () => {
    const modules = await modulesLoadedBy('demo', {});
    expect(modules.some((url) => url.includes('/src/emulator/server.'))).toBe(true);
  });
});
