import fc from 'fast-check';
import { type DocumentNode, Kind, Lexer, parse, Source, specifiedRules, TokenKind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { DEFAULT_PAGE } from '../../src/graphql/pagination.ts';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import { estimateUpstreamCalls } from '../../src/server/cost.ts';
import { documentLimitRules, limitsFirst } from '../../src/server/limits.ts';

/**
 * Every document the token limit lets through is analysed (graphql-js's own validation, the
 * document limits and the cost estimate) in under 50 ms, however its fragments, aliases and
 * nesting fan out: the analysis must be linear in the document, not in the tree it denotes.
 * Time is the process's CPU time (what the event loop is blocked for, without the waits of a
 * machine shared with other work), the fastest of three runs; an exponential walk is slow every time.
 */
const schema = buildGatewaySchema();
const limitRules = documentLimitRules({
  maxDepth: DEFAULTS.MAX_DEPTH,
  maxIntrospectionDepth: DEFAULTS.MAX_INTROSPECTION_DEPTH,
  maxAliases: DEFAULTS.MAX_ALIASES,
  maxDirectives: DEFAULTS.MAX_DIRECTIVES,
  maxRootFields: DEFAULTS.MAX_ROOT_FIELDS,
});
/** Validation as the gateway runs it: the document limits, then graphql-js's own rules. */
const validateAsServed = limitsFirst(limitRules, validate);
const BUDGET_MS = 50;

interface Sample {
  source: string;
  variables: Record<string, unknown>;
}

function analyse({ source, variables }: Sample): DocumentNode {
  const document = parse(source, { maxTokens: DEFAULTS.MAX_TOKENS });
  validateAsServed(schema, document, specifiedRules);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    estimateUpstreamCalls(schema, document, definition, variables, { defaultListSize: DEFAULT_PAGE });
  }
  return document;
}

function fastestMs(sample: Sample): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const startedAt = process.cpuUsage();
    analyse(sample);
    const used = process.cpuUsage(startedAt);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function tokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** `@include`/`@skip` on variables, or nothing: the walkers must honour them without re-walking. */
const condition = fc.constantFrom('', ' @include(if: $on)', ' @skip(if: $off)', ' @include(if: true)');
const variables = fc.record({ on: fc.boolean(), off: fc.boolean() });
const header = 'query Q($on: Boolean! = true, $off: Boolean! = false)';
/** Uses both variables once, so the operation is valid whatever the shape uses. */
const touch = '__typename @include(if: $on) @skip(if: $off)';

/** `fragment F0 on Query { … } fragment Fi on Query { ...F(i-1) ...F(i-1) } query { ...Fk }` */
const rootFanOut = fc
  .record({
    k: fc.integer({ min: 1, max: 60 }),
    leaf: fc.constantFrom(
      '__typename',
      'conversations(first: 1) { edges { node { sid } } }',
      'services { edges { node { sid } } }',
    ),
    when: condition,
    variables,
  })
  .map(({ k, leaf, when, variables }) => {
    const fragments = [`fragment F0 on Query { ${leaf} }`];
    for (let i = 1; i <= k; i += 1)
      fragments.push(`fragment F${i} on Query { ...F${i - 1}${when} ...F${i - 1} }`);
    return { source: `${header} { ${touch} ...F${k} }\n${fragments.join('\n')}`, variables };
  });

/** Fan-out through fields: each level repeats the level below under `width` fields, aliased or merged. */
const nestedFanOut = fc
  .record({
    k: fc.integer({ min: 1, max: 30 }),
    width: fc.integer({ min: 1, max: 4 }),
    aliased: fc.boolean(),
    inline: fc.boolean(),
    when: condition,
    variables,
  })
  .map(({ k, width, aliased, inline, when, variables }) => {
    const fragments = ['fragment F0 on Conversation { sid friendlyName }'];
    for (let i = 1; i <= k; i += 1) {
      const spread = inline
        ? `... on Node${when} { ...F${i - 1} ...F${i - 1} }`
        : `...F${i - 1}${when} ...F${i - 1}`;
      const copies = Array.from(
        { length: width },
        (_, j) =>
          `${aliased ? `m${j}: ` : ''}messages(first: 2) { edges { node { participant { sid } conversation { ${spread} } } } }`,
      );
      fragments.push(`fragment F${i} on Conversation { ${copies.join(' ')} }`);
    }
    return {
      source: `${header} { ${touch} conversation(sid: "c") { ...F${k} } }\n${fragments.join('\n')}`,
      variables,
    };
  });

/** One long chain: conversation → messages → node → conversation → … */
const deepNesting = fc
  .record({ depth: fc.integer({ min: 1, max: 120 }), when: condition, variables })
  .map(({ depth, when, variables }) => {
    let inner = 'sid';
    for (let i = 0; i < depth; i += 1) {
      inner = `messages(last: 3)${i % 3 === 0 ? when : ''} { edges { node { conversation { ${inner} } } } }`;
    }
    return { source: `${header} { ${touch} conversation(sid: "c") { ${inner} } }`, variables };
  });

/** Many aliases of one field, of leaves or of connections, at the root or inside a lookup. */
const manyAliases = fc
  .record({
    n: fc.integer({ min: 1, max: 500 }),
    leaf: fc.constantFrom('sid', 'messages(first: 5) { edges { node { participant { role { sid } } } } }'),
    root: fc.boolean(),
    variables,
  })
  .map(({ n, leaf, root, variables }) => {
    const aliases = Array.from({ length: n }, (_, i) =>
      root ? `a${i}: conversation(sid: "c${i}") { ${leaf} }` : `a${i}: ${leaf}`,
    ).join(' ');
    return {
      source: root
        ? `${header} { ${touch} ${aliases} }`
        : `${header} { ${touch} conversation(sid: "c") { ${aliases} } }`,
      variables,
    };
  });

/** Abstract fields: every possible type of `nodes` and `node`, each through fragments spread many times. */
const abstractFanOut = fc
  .record({ k: fc.integer({ min: 1, max: 30 }), variables })
  .map(({ k, variables }) => {
    const fragments = [
      'fragment N0 on Node { id ... on Message { participant { role { sid } } } ... on Conversation { messages { edges { node { sid } } } } }',
    ];
    for (let i = 1; i <= k; i += 1) {
      fragments.push(
        `fragment N${i} on Node { ...N${i - 1} ... on Message { conversation { ...N${i - 1} } } }`,
      );
    }
    return {
      source: `${header} { ${touch} nodes(ids: ["a", "b"]) { ...N${k} } node(id: "x") { ...N${k} } }\n${fragments.join('\n')}`,
      variables,
    };
  });

const adversarial = fc
  .oneof(rootFanOut, nestedFanOut, deepNesting, manyAliases, abstractFanOut)
  .filter((sample) => tokens(sample.source) <= DEFAULTS.MAX_TOKENS);

describe('document analysis', () => {
  it("refuses a document over a limit without running graphql-js's own rules", () => {
    // graphql-js's OverlappingFieldsCanBeMerged compares every pair of same-named fields: 500
    // aliases cost it tens of milliseconds, for a document the alias limit refuses anyway.
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: sid`).join(' ');
    const document = parse(`{ conversation(sid: "c") { ${aliases} } nope }`);
    const reached: string[] = [];
    const spy = () => ({ Document: () => void reached.push('specified rule') });
    const errors = validateAsServed(schema, document, [...specifiedRules, spy]);
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/aliases/i)]);
    expect(reached).toEqual([]);
    // A document within the limits still gets every rule: the unknown field is reported.
    const small = parse('{ conversation(sid: "c") { a: sid b: sid } nope }');
    expect(validateAsServed(schema, small, [...specifiedRules, spy]).map((e) => e.message)).toEqual([
      expect.stringContaining('Cannot query field "nope"'),
    ]);
    expect(reached).toEqual(['specified rule']);
  });

  it(`analyses the 20-level fragment fan-out in under ${BUDGET_MS} ms`, () => {
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let i = 1; i <= 20; i += 1) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const sample = { source: `query { ...F20 }\n${fragments.join('\n')}`, variables: {} };
    expect(sample.source.length).toBeLessThan(900);
    expect(fastestMs(sample)).toBeLessThan(BUDGET_MS);
  });

  it(`analyses every adversarial document under the token limit in under ${BUDGET_MS} ms`, () => {
    fc.assert(
      fc.property(adversarial, (sample) => {
        expect(fastestMs(sample)).toBeLessThan(BUDGET_MS);
      }),
      { seed: 20261201, numRuns: 120 },
    );
  });
});
