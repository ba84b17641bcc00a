import { describe, expect, it } from 'vitest';
import { startRedisServer } from '../helpers/redis-server.ts';

describe('starting redis-server for the tests and the benchmark', () => {
  it('says how to install it when it is not there, instead of crashing the process', async () => {
    // The benchmark's real-time phase and the Redis tests start one; on a machine where nobody has
    // run scripts/setup-test-env.sh, spawning it fails with ENOENT, which node emits as an 'error'
    // event that nothing handled.
    await expect(startRedisServer({ command: '/nonexistent/redis-server' })).rejects.toThrow(
      '/nonexistent/redis-server is not installed: run scripts/setup-test-env.sh redis-server',
    );
  });
});
