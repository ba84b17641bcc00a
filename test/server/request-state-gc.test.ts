import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createRequestStates } from '../../src/server/plugins/request-state.ts';
import { promotedAfterUse } from '../helpers/young-generation.ts';

const REQUESTS = 2_000;
const PAYLOAD_BYTES = 1_024;

describe('request state and the garbage collector', () => {
  it('a finished request, its state and what the state reaches die young', async () => {
    // The Request class yoga hands the gateway's plugins.
    const { Request } = createYoga({
      schema: createSchema({ typeDefs: 'type Query { a: Int }' }),
      logging: false,
    }).fetchAPI;
    const states = createRequestStates();
    const promoted = await promotedAfterUse(() => {
      const request = new Request('http://127.0.0.1/graphql', { method: 'POST' });
      const state = states.of(request);
      state.path = states.pathOf(request);
      // A state reaches its own request, as the gateway's does (the context's subscription access
      // holds it): kept in a WeakMap keyed by the request, all of this lived through scavenges.
      Object.assign(state, { context: { request, payload: new Array(PAYLOAD_BYTES / 8).fill(0) } });
    }, REQUESTS);
    // Well under a quarter of what the requests held (the old generation moves by a few KB on its own).
    expect(promoted).toBeLessThan((REQUESTS * PAYLOAD_BYTES) / 4);
  });
});
