import fc from 'fast-check';
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
// graphql-js's own field collection, which execution runs: the reference the walker must match.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/graphql/schema.ts';
import {
  createSelectionWalker,
  fragmentsOf,
  fromSelection,
  SHARED_SELECTIONS_PER_OPERATION,
  selectedFields,
  selectedFieldsOn,
  selectsOnly,
  walkerOf,
} from '../../src/graphql/selection.ts';
import { promotedAfterUse } from '../helpers/young-generation.ts';

/**
 * The walker the limits, the cost estimate and the look-ahead share collects exactly what
 * execution collects: for random documents mixing aliases, merged fields, inline fragments and
 * named fragments on object and interface types, and `@skip`/`@include` on literals and variables,
 * every object type sees the same response keys with the same field nodes in the same order as
 * graphql-js's `collectFields`, at the top and one level down.
 */
const schema = buildGatewaySchema();
const TYPES = ['Conversation', 'Message', 'Participant'].map(
  (name) => schema.getType(name) as GraphQLObjectType,
);
const FRAGMENTS = 5;

const directive = fc.constantFrom(
  '',
  '',
  ' @skip(if: true)',
  ' @include(if: false)',
  ' @include(if: $on)',
  ' @skip(if: $on)',
);
const condition = fc.constantFrom('', ' on Node', ' on Conversation', ' on Message', ' on Participant');

/** A selection set of up to `depth` levels whose spreads name fragments below `spreadable`. */
function selectionSet(depth: number, spreadable: number): fc.Arbitrary<string> {
  const field = fc
    .record({
      alias: fc.constantFrom('', '', 'a: ', 'b: '),
      name: fc.constantFrom('sid', 'index', 'conversation', 'messages', 'participant'),
      directive,
      sub:
        depth > 0
          ? fc.option(selectionSet(depth - 1, spreadable), { nil: undefined })
          : fc.constant(undefined),
    })
    .map(({ alias, name, directive, sub }) => `${alias}${name}${directive}${sub ? ` ${sub}` : ''}`);
  const inline =
    depth > 0
      ? fc
          .record({ condition, directive, sub: selectionSet(depth - 1, spreadable) })
          .map(({ condition, directive, sub }) => `...${condition}${directive} ${sub}`)
      : field;
  const spread =
    spreadable > 0
      ? fc
          .record({ index: fc.integer({ min: 0, max: spreadable - 1 }), directive })
          .map(({ index, directive }) => `...F${index}${directive}`)
      : field;
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: field }, inline, spread), { minLength: 1, maxLength: 6 })
    .map((selections) => `{ ${selections.join(' ')} }`);
}

const documents = fc
  .record({
    fragments: fc.tuple(
      ...Array.from({ length: FRAGMENTS }, (_, i) =>
        fc
          .record({
            on: fc.constantFrom('Node', 'Conversation', 'Message', 'Participant'),
            body: selectionSet(2, i),
          })
          .map(({ on, body }) => `fragment F${i} on ${on} ${body}`),
      ),
    ),
    operation: selectionSet(2, FRAGMENTS),
    on: fc.boolean(),
  })
  .map(({ fragments, operation, on }) => ({
    source: `query ($on: Boolean!) ${operation}\n${fragments.join('\n')}`,
    variables: { on },
  }));

/** Field nodes named by their offset in the source, so identity is compared, not shape. */
const offsets = (fields: ReadonlyMap<string, readonly FieldNode[]>) =>
  [...fields].map(([key, nodes]) => [key, nodes.map((node) => node.loc?.start)]);

/** A document whose first field is `Query.conversation`, and the info execution hands its resolver. */
function conversationLookup(source: string) {
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()?.getFields().conversation?.type;
  if (!returnType) throw new Error('no Query.conversation');
  const infoOf = (variableValues: Record<string, unknown>) =>
    ({
      schema,
      operation,
      fragments: fragmentsOf(document),
      fieldNodes: [field],
      parentType: schema.getQueryType(),
      returnType,
      variableValues,
    }) as unknown as GraphQLResolveInfo;
  return { field, infoOf };
}

describe('the selection walker', () => {
  it('collects what graphql-js execution collects, for every object type and one level down', () => {
    fc.assert(
      fc.property(documents, ({ source, variables }) => {
        const document = parse(source);
        const operation = document.definitions.find(
          (definition): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION,
        );
        if (!operation) throw new Error('no operation');
        const fragments = fragmentsOf(document);
        const walker = createSelectionWalker({ schema, fragments, variables });
        for (const type of TYPES) {
          const expected = collectFields(schema, fragments, variables, type, operation.selectionSet);
          const actual = walker.collect(type, operation.selectionSet);
          expect(offsets(actual)).toEqual(offsets(expected));
          for (const group of actual.values()) {
            for (const inner of TYPES) {
              expect(offsets(walker.collect(inner, group))).toEqual(
                offsets(collectSubfields(schema, fragments, variables, inner, group)),
              );
            }
          }
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('counts a condition on a variable it does not know yet as included', () => {
    const document = parse('query ($on: Boolean!) { sid @include(if: $on) index @skip(if: true) }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const conversation = schema.getType('Conversation') as GraphQLObjectType;
    const unknown = createSelectionWalker({ schema, fragments: {} });
    expect([...unknown.collect(conversation, operation.selectionSet).keys()]).toEqual(['sid']);
    const known = createSelectionWalker({ schema, fragments: {}, variables: { on: false } });
    expect([...known.collect(conversation, operation.selectionSet).keys()]).toEqual([]);
  });

  it('reads a field’s selection once per operation and values of its conditions, not once per item or request', () => {
    const document = parse(
      'query ($on: Boolean!, $sid: String!) { conversation(sid: $sid) { messages { edges { node { sid index @include(if: $on) } } } } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const conversationField = operation.selectionSet.selections[0] as FieldNode;
    const messages = conversationField.selectionSet?.selections[0] as FieldNode;
    const conversation = schema.getType('Conversation') as GraphQLObjectType;
    const returnType = conversation.getFields().messages?.type;
    if (!returnType) throw new Error('no Conversation.messages');
    // What execution hands two items of one list: two info objects, one field-node array, one variables object.
    const infoOf = (variableValues: Record<string, unknown>, fieldNodes = [messages]) =>
      ({
        schema,
        operation,
        fragments: {},
        fieldNodes,
        parentType: conversation,
        returnType,
        variableValues,
      }) as unknown as GraphQLResolveInfo;
    const variables = { on: true, sid: 'CH1' };
    const first = selectedFields(infoOf(variables));
    expect(selectedFields(infoOf(variables))).toBe(first);
    expect([...(first[0]?.fields.keys() ?? [])]).toEqual(['edges']);
    // Another request of the same operation (its own variables object and field-node array, as the
    // executor makes them) with the same condition, for another conversation: read once for both.
    expect(selectedFields(infoOf({ on: true, sid: 'CH2' }, [messages]))).toBe(first);
    // Another value of a condition is another selection.
    const off = walkerOf(infoOf({ on: false, sid: 'CH1' }));
    expect(off).not.toBe(walkerOf(infoOf({ on: true, sid: 'CH3' })));
    const edges = first[0]?.fields.get('edges');
    const node =
      edges &&
      off
        .collect(schema.getType('ConversationMessagesConnectionEdge') as GraphQLObjectType, edges)
        .get('node');
    expect(node && [...off.collect(schema.getType('Message') as GraphQLObjectType, node).keys()]).toEqual([
      'sid',
    ]);
  });

  it('shares a selection only for the variables of its conditions and page sizes, and for a bounded number of their values', () => {
    const { field, infoOf } = conversationLookup(
      'query ($on: Boolean!, $n: Int, $sid: String!, $after: String) { conversation(sid: $sid) { ...F participants(first: $n, after: $after) { edges { cursor } } } } fragment F on Conversation { sid @skip(if: $on) }',
    );
    const shared = walkerOf(infoOf({ on: true, n: 5, sid: 'CH1', after: 'a' }));
    // The conversation and the cursor are no condition nor page size.
    expect(walkerOf(infoOf({ on: true, n: 5, sid: 'CH2', after: 'b' }))).toBe(shared);
    // A condition in a fragment, a page size, and a page size left out or given as null, are.
    expect(walkerOf(infoOf({ on: false, n: 5, sid: 'CH1' }))).not.toBe(shared);
    expect(walkerOf(infoOf({ on: true, n: 6, sid: 'CH1' }))).not.toBe(shared);
    const absent = walkerOf(infoOf({ on: true, sid: 'CH1' }));
    expect(absent).not.toBe(shared);
    expect(walkerOf(infoOf({ on: true, n: null, sid: 'CH1' }))).not.toBe(absent);
    const conversation = schema.getType('Conversation') as GraphQLObjectType;
    expect([...absent.collect(conversation, [field]).keys()]).toEqual(['participants']);
    const off = walkerOf(infoOf({ on: false, sid: 'CH1' }));
    expect([...off.collect(conversation, [field]).keys()]).toEqual(['sid', 'participants']);
  });

  it('keeps the sets of values an operation used last, a bounded number of them', () => {
    const { infoOf } = conversationLookup(
      'query ($n: Int, $sid: String!) { conversation(sid: $sid) { participants(first: $n) { edges { cursor } } } }',
    );
    // A client paging with as many page sizes as are kept: each is read once.
    const kept = Array.from({ length: SHARED_SELECTIONS_PER_OPERATION }, (_, n) =>
      walkerOf(infoOf({ n, sid: 'CH1' })),
    );
    for (const [n, walker] of kept.entries()) expect(walkerOf(infoOf({ n, sid: 'CH2' }))).toBe(walker);
    // The first page size again: now the newest, where the second is the oldest.
    expect(walkerOf(infoOf({ n: 0, sid: 'CH3' }))).toBe(kept[0]);
    // One more page size, asked twice: the second request finds what the first read.
    const another = walkerOf(infoOf({ n: 100, sid: 'CH1' }));
    expect(walkerOf(infoOf({ n: 100, sid: 'CH2' }))).toBe(another);
    // It took the place of the oldest, the second page size; the first, used since, stays.
    expect(walkerOf(infoOf({ n: 0, sid: 'CH4' }))).toBe(kept[0]);
    expect(walkerOf(infoOf({ n: 1, sid: 'CH4' }))).not.toBe(kept[1]);
    // No more than the bound: as many new page sizes push out everything used before them.
    for (let n = 200; n < 200 + SHARED_SELECTIONS_PER_OPERATION; n += 1) walkerOf(infoOf({ n, sid: 'CH1' }));
    expect(walkerOf(infoOf({ n: 0, sid: 'CH5' }))).not.toBe(kept[0]);
  });

  it('shares what it read across executions of an operation with the same conditions and page sizes', () => {
    const conversation = schema.getType('Conversation') as GraphQLObjectType;
    const query = schema.getQueryType() as GraphQLObjectType;
    const returnType = conversation.getFields().messages?.type;
    if (!returnType) throw new Error('no Conversation.messages');
    /** The `messages` field of the document's one conversation lookup, as execution resolves it. */
    const messagesOf = (source: string) => {
      const document = parse(source);
      const operation = document.definitions[0] as OperationDefinitionNode;
      const lookup = operation.selectionSet.selections[0] as FieldNode;
      const messages = lookup.selectionSet?.selections[0] as FieldNode;
      return (variableValues: Record<string, unknown>, parentType = conversation) =>
        ({
          schema,
          operation,
          fragments: fragmentsOf(document),
          // Each execution builds its own arrays of field nodes.
          fieldNodes: [messages],
          parentType,
          returnType,
          variableValues,
        }) as unknown as GraphQLResolveInfo;
    };
    const fixed = messagesOf(
      'query ($n: Int, $sid: String) { conversation(sid: $sid) { messages(first: $n) { edges { node { sid index @skip(if: false) } } } } }',
    );
    const first = selectedFields(fixed({ n: 1, sid: 'CH1' }));
    expect(selectedFields(fixed({ n: 1, sid: 'CH2' }))).toBe(first);
    expect([...(first[0]?.fields.keys() ?? [])]).toEqual(['edges']);
    // Another page size is read again, to the same fields.
    const other = selectedFields(fixed({ n: 2, sid: 'CH1' }));
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
    // The same nodes resolved on another parent type are another group.
    expect(selectedFields(fixed({ n: 1 }, query))).not.toBe(first);
    // A condition on a variable, here inside a fragment: each value reads its own.
    const conditional = messagesOf(
      'query ($on: Boolean!) { conversation(sid: "CH1") { messages { ...Page } } } fragment Page on ConversationMessagesConnection { edges @include(if: $on) { cursor } }',
    );
    const on = selectedFields(conditional({ on: true }));
    const off = selectedFields(conditional({ on: false }));
    expect([...(on[0]?.fields.keys() ?? [])]).toEqual(['edges']);
    expect([...(off[0]?.fields.keys() ?? [])]).toEqual([]);
  });

  it('gives what it derives the variables of the conditions and page sizes only, never the others', () => {
    const field = (source: string) => {
      const operation = parse(source).definitions[0] as OperationDefinitionNode;
      const lookup = operation.selectionSet.selections[0] as FieldNode;
      return (variableValues: Record<string, unknown>) =>
        ({
          schema,
          operation,
          fragments: {},
          fieldNodes: [lookup],
          parentType: schema.getQueryType(),
          returnType: schema.getQueryType()?.getFields().conversation?.type,
          variableValues,
        }) as unknown as GraphQLResolveInfo;
    };
    const seen: unknown[] = [];
    const derive = (info: GraphQLResolveInfo) =>
      fromSelection(info, 'test:variables', (_walker, variables) => {
        seen.push({ ...variables });
        return seen.length;
      });
    const none = field('{ conversation(sid: "CH1") { sid } }');
    expect([derive(none({})), derive(none({}))]).toEqual([1, 1]);
    const declared = field('query ($sid: String!) { conversation(sid: $sid) { sid } }');
    expect([derive(declared({ sid: 'CH1' })), derive(declared({ sid: 'CH2' }))]).toEqual([2, 2]);
    const paged = field(
      'query ($sid: String!, $n: Int) { conversation(sid: $sid) { participants(first: $n) { edges { cursor } } } }',
    );
    expect([derive(paged({ sid: 'CH1', n: 5 })), derive(paged({ sid: 'CH2', n: 5 }))]).toEqual([3, 3]);
    expect(derive(paged({ sid: 'CH1', n: 6 }))).toBe(4);
    expect(seen).toEqual([{}, {}, { n: 5 }, { n: 6 }]);
  });

  it('reads only the variables a request has, never a name its variables object inherits', () => {
    const { infoOf } = conversationLookup(
      'query ($toString: Int, $sid: String!) { conversation(sid: $sid) { participants(first: $toString) { edges { cursor } } } }',
    );
    const seen: unknown[] = [];
    const derive = (variableValues: Record<string, unknown>) =>
      fromSelection(infoOf(variableValues), 'test:inherited', (_walker, variables) => {
        seen.push({ ...variables });
        return seen.length;
      });
    // graphql-jit's coerced variables are a plain object, with Object.prototype's `toString`:
    // the page size that was not sent is absent, not that function.
    const absent = derive({ sid: 'CH1' });
    expect(seen).toEqual([{}]);
    // The same selection as graphql-js's variables, which have no prototype, without it.
    expect(derive(Object.assign(Object.create(null), { sid: 'CH2' }))).toBe(absent);
    expect(derive({ sid: 'CH1', toString: 5 })).not.toBe(absent);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ toString: 5 });
  });

  it('keeps an execution’s part of its selection on its variables, where it dies young with them, and none of its other variables', async () => {
    const { infoOf } = conversationLookup(
      'query ($on: Boolean!) { conversation(sid: "CH1") { sid @include(if: $on) } }',
    );
    // Nothing a client or a log sees of the variables changes.
    const variables = { on: true };
    selectedFields(infoOf(variables));
    expect(Object.keys(variables)).toEqual(['on']);
    expect(JSON.stringify(variables)).toBe('{"on":true}');
    expect({ ...variables }).toEqual({ on: true });
    // 2,000 executions, each with 1 KB in its variables: the walker reads them, so a WeakMap keyed
    // by the variables kept them all through V8's scavenges.
    const payloadBytes = 1_024;
    const executions = 2_000;
    const promoted = await promotedAfterUse(() => {
      selectedFields(infoOf({ on: true, payload: new Array(payloadBytes / 8).fill(0) }));
    }, executions);
    expect(promoted).toBeLessThan((executions * payloadBytes) / 4);
  });

  it('keeps nothing of what a caller asks about: the fields an event carried die with the event', async () => {
    const document = parse(
      'subscription ($sid: String!) { messageAdded(conversationSid: $sid) { sid body } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0] as FieldNode;
    const subscription = schema.getSubscriptionType() as GraphQLObjectType;
    const returnType = subscription.getFields().messageAdded?.type;
    if (!returnType) throw new Error('no Subscription.messageAdded');
    const infoOf = () =>
      ({
        schema,
        operation,
        fragments: {},
        fieldNodes: [field],
        parentType: subscription,
        returnType,
        variableValues: { sid: 'CH1' },
      }) as unknown as GraphQLResolveInfo;
    // Each event asks with the fields it carried, a set of its own (src/graphql/realtime.ts); here
    // each holds a 10 KB name, so 500 events kept would be 5 MB.
    let event = 0;
    const ask = () => {
      event += 1;
      const carried = Buffer.alloc(10_000, 97 + (event % 26)).toString('latin1');
      expect(selectsOnly(infoOf(), new Set(['__typename', 'sid', 'body', carried]))).toBe(true);
    };
    const events = 500;
    expect(await promotedAfterUse(ask, events)).toBeLessThan((events * 10_000) / 4);
    expect(selectsOnly(infoOf(), new Set(['sid']))).toBe(false);
  });

  it('collects an abstract field’s selection for the one type a lookup answers', () => {
    const document = parse('{ node(id: "x") { id ... on Message { body } ... on User { identity } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const node = operation.selectionSet.selections[0] as FieldNode;
    const returnType = schema.getQueryType()?.getFields().node?.type;
    if (!returnType) throw new Error('no Query.node');
    const info = {
      schema,
      operation,
      fragments: {},
      fieldNodes: [node],
      parentType: schema.getQueryType(),
      returnType,
      variableValues: {},
    } as unknown as GraphQLResolveInfo;
    expect([...(selectedFieldsOn(info, 'Message')?.keys() ?? [])]).toEqual(['id', 'body']);
    expect(selectedFieldsOn(info, 'Message')).toBe(
      selectedFields(info).find(({ type }) => type.name === 'Message')?.fields,
    );
    // Not a type the field can answer.
    expect(selectedFieldsOn(info, 'MessageDelivery')).toBeUndefined();
  });
});
