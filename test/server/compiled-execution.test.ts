import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import {
  RUNS_BEFORE_COMPILING,
  useCompiledExecution,
} from '../../src/server/plugins/use-compiled-execution.ts';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    input Options {
      label: String
      loud: Boolean! = true
    }
    type Query {
      a: String
      b: String
      echo(options: Options!): String
      refused: String
      required: String!
      nested: Query
      executor: String
    }
  `,
  resolvers: {
    Query: {
      a: () => 'a',
      b: () => 'b',
      echo: (_: unknown, { options }: { options: { label?: string | null; loud: boolean } }) =>
        `${'label' in options ? options.label : '(no label)'} ${options.loud ? 'loud' : 'quiet'}`,
      refused: () => {
        throw new Error('refused');
      },
      required: () => null,
      nested: () => ({}),
      // Which executor ran the field: graphql-jit calls resolvers from the code it compiled.
      executor: () => (new Error().stack?.includes('compileQuery') ? 'compiled' : 'executor'),
    },
  },
});

function gateway(plugins: Plugin[]) {
  const yoga = createYoga({ schema, plugins, maskedErrors: false, logging: false });
  return async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return response.json();
  };
}

const plain = gateway([]);
// Compiled from the first execution, so that every case below is answered by compiled code.
const compiled = gateway([useCompiledExecution({ runsBeforeCompiling: 0 })]);

/** Each asked twice (the second finds the compiled query), in this order. */
const cases: Array<
  [name: string, query: string, variables?: Record<string, unknown>, operationName?: string]
> = [
  ['a field', '{ a nested { b } }'],
  ['the first operation of a document', 'query A { a } query B { b }', {}, 'A'],
  ['the second operation of the same document', 'query A { a } query B { b }', {}, 'B'],
  ['no operation name for two operations', 'query A { a } query B { b }'],
  ['an unknown operation name', 'query A { a }', {}, 'C'],
  ['an error thrown by a resolver, with its locations', '{ a\n  refused }'],
  ['a null for a non-null field, through its parent', '{ nested {\r\n required } a }'],
  ['a required input field with a default, omitted', 'query ($o: Options!) { echo(options: $o) }', { o: {} }],
  [
    'a variable omitted as a field of an input object literal',
    'query ($l: String, $loud: Boolean) { echo(options: { label: $l, loud: $loud }) }',
    {},
  ],
  [
    'the same variables given',
    'query ($l: String, $loud: Boolean) { echo(options: { label: $l, loud: $loud }) }',
    { l: 'hi', loud: false },
  ],
  ['a field of the wrong type', 'query ($o: Options!) { echo(options: $o) }', { o: { loud: 'yes' } }],
  ['an unknown field', 'query ($o: Options!) { echo(options: $o) }', { o: { label: 'x', colour: 'red' } }],
  ['a variable of the wrong type', 'query ($l: String!) { echo(options: { label: $l }) }', { l: 5 }],
  ['a required variable missing', 'query ($l: String!) { echo(options: { label: $l }) }', {}],
  ['a required variable null', 'query ($l: String!) { echo(options: { label: $l }) }', { l: null }],
];

describe('compiled execution', () => {
  it.each(cases)('answers as the executor does: %s', async (_, query, variables, operationName) => {
    for (let i = 0; i < 2; i += 1) {
      expect(await compiled(query, variables, operationName)).toEqual(
        await plain(query, variables, operationName),
      );
    }
  });

  it('compiles the operations it can, and leaves the others to the executor', async () => {
    expect(await compiled('{ executor }')).toEqual({ data: { executor: 'compiled' } });
    expect(await plain('{ executor }')).toEqual({ data: { executor: 'executor' } });
    // A required input field with a default would be refused by graphql-jit's variable parser.
    expect(await compiled('query ($o: Options!) { executor echo(options: $o) }', { o: {} })).toEqual({
      data: { executor: 'executor', echo: '(no label) loud' },
    });
  });

  it('compiles a document only once it has run on the executor a number of times', async () => {
    const warming = gateway([useCompiledExecution({ runsBeforeCompiling: 2 })]);
    const executors = [];
    for (let i = 0; i < 4; i += 1)
      executors.push(((await warming('{ executor }')) as { data: { executor: string } }).data.executor);
    expect(executors).toEqual(['executor', 'executor', 'compiled', 'compiled']);
    // Another operation of the same document counts on its own.
    expect(await warming('query X { executor } query Y { a }', {}, 'X')).toEqual({
      data: { executor: 'executor' },
    });
    // The gateway's own setting: one-off documents are never compiled.
    expect(RUNS_BEFORE_COMPILING).toBeGreaterThanOrEqual(2);
  });
});
