import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/server/plugins/in-order.ts';

const schema = createSchema({
  typeDefs: 'type Query { echo(text: String): String }',
  resolvers: { Query: { echo: (_: unknown, { text }: { text?: string }) => text ?? null } },
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * Plugins that record what each hook saw, some waiting on a promise, some replacing what the next
 * one reads: the same list must behave the same whether yoga dispatches each hook or inOrder does.
 */
function recordingPlugins(seen: string[]): Plugin[] {
  return [
    {
      async onRequest({ url }) {
        await tick();
        seen.push(`request:a:${url.pathname}`);
      },
      onParams({ params, setParams }) {
        seen.push(`params:a:${params.variables?.text}`);
        setParams({ ...params, variables: { text: 'replaced by a' } });
      },
      onResultProcess({ result, setResult }) {
        seen.push(`result:a:${JSON.stringify(result)}`);
        setResult({ data: { echo: 'result replaced by a' } });
      },
      onResponse({ response, setResponse, fetchAPI }) {
        seen.push(`response:a:${response.status}`);
        const headers = new fetchAPI.Headers(response.headers);
        headers.set('x-replaced-by', 'a');
        setResponse(new fetchAPI.Response(response.body, { status: 201, headers }));
      },
    },
    // A plugin with no per-request hook keeps its other hooks.
    {
      onExecute() {
        seen.push('execute:b');
      },
    },
    {
      onRequest({ url, endResponse, fetchAPI }) {
        seen.push(`request:c:${url.pathname}`);
        if (url.pathname === '/ended') endResponse(new fetchAPI.Response('ended by c', { status: 418 }));
      },
      async onParams({ params }) {
        await tick();
        seen.push(`params:c:${params.variables?.text}`);
      },
      onResultProcess({ result }) {
        seen.push(`result:c:${JSON.stringify(result)}`);
      },
      async onResponse({ response }) {
        await tick();
        seen.push(`response:c:${response.status}:${response.headers.get('x-replaced-by')}`);
      },
    },
    {
      onRequest() {
        seen.push('request:d');
      },
      onResponse({ response }) {
        seen.push(`response:d:${response.status}`);
      },
    },
  ];
}

async function run(dispatch: 'yoga' | 'inOrder', path: string) {
  const seen: string[] = [];
  const plugins = recordingPlugins(seen);
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    plugins: dispatch === 'yoga' ? plugins : inOrder(plugins),
  });
  const response = await yoga.fetch(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($text: String) { echo(text: $text) }',
      variables: { text: 'sent' },
    }),
  });
  return {
    seen,
    status: response.status,
    replacedBy: response.headers.get('x-replaced-by'),
    body: await response.text(),
  };
}

describe('inOrder: one hook per kind for a list of plugins', () => {
  it('runs every hook in the plugins’ order, waiting for those that wait, each reading what the one before replaced', async () => {
    const merged = await run('inOrder', '/graphql');
    expect(merged).toEqual(await run('yoga', '/graphql'));
    expect(merged.seen).toEqual([
      'request:a:/graphql',
      'request:c:/graphql',
      'request:d',
      'params:a:sent',
      'params:c:replaced by a',
      'execute:b',
      'result:a:{"data":{"echo":"replaced by a"}}',
      'result:c:{"data":{"echo":"result replaced by a"}}',
      'response:a:200',
      'response:c:201:a',
      'response:d:201',
    ]);
    expect(merged.status).toBe(201);
    expect(JSON.parse(merged.body)).toEqual({ data: { echo: 'result replaced by a' } });
  });

  it('stops the request hooks at the one that ends the response, and still runs the response hooks', async () => {
    const merged = await run('inOrder', '/ended');
    expect(merged).toEqual(await run('yoga', '/ended'));
    expect(merged.seen).toEqual([
      'request:a:/ended',
      'request:c:/ended',
      'response:a:418',
      'response:c:201:a',
      'response:d:201',
    ]);
    expect(merged.body).toBe('ended by c');
  });

  it('leaves a single plugin as it is', () => {
    const only: Plugin = { onRequest() {} };
    const [merged] = inOrder([only]);
    expect(merged?.onRequest).toBe(only.onRequest);
  });
});
