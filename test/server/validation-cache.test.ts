import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useValidationCache } from '../../src/server/plugins/use-validation-cache.ts';

const schema = createSchema({
  typeDefs: 'type Query { a: String secret: String }',
  resolvers: { Query: { a: () => 'a', secret: () => 's' } },
});

/**
 * A gateway-like yoga: a rule that counts the documents it validates (on every request), and a rule
 * refusing `secret` added per request when the caller does not send `x-allowed`, as the production
 * introspection rules are.
 */
function server() {
  let validations = 0;
  const counting = (): ASTVisitor => {
    validations += 1;
    return {};
  };
  const noSecret = (context: ValidationContext): ASTVisitor => ({
    Field(node) {
      if (node.name.value === 'secret')
        context.reportError(new GraphQLError('secret is refused', { nodes: node }));
    },
  });
  const rules: Plugin<{ request: Request }> = {
    onValidate({ addValidationRule, context }) {
      addValidationRule(counting);
      if (!context.request.headers.has('x-allowed')) addValidationRule(noSecret);
    },
  };
  const yoga = createYoga({
    schema,
    parserAndValidationCache: { validationCache: false },
    plugins: [rules, useValidationCache()],
    logging: false,
  });
  const ask = async (query: string, allowed = false) => {
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(allowed ? { 'x-allowed': '1' } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  };
  return { ask, validations: () => validations };
}

describe('the validation cache', () => {
  it('validates a document once for the same rules, and answers the same from then on', async () => {
    const { ask, validations } = server();
    for (let i = 0; i < 5; i += 1) expect(await ask('{ a }')).toEqual({ data: { a: 'a' } });
    expect(validations()).toBe(1);
    // The same text parses to the same cached document; another text is another document.
    expect(await ask('{ a a }')).toEqual({ data: { a: 'a' } });
    expect(validations()).toBe(2);
  });

  it('keeps one answer per set of rules: a rule added for one caller never decides for another', async () => {
    const { ask, validations } = server();
    const refused = {
      errors: [
        {
          message: 'secret is refused',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    };
    expect(await ask('{ secret }')).toEqual(refused);
    expect(await ask('{ secret }', true)).toEqual({ data: { secret: 's' } });
    expect(await ask('{ secret }')).toEqual(refused);
    expect(await ask('{ secret }', true)).toEqual({ data: { secret: 's' } });
    // Validated once with the refusing rule, once without it.
    expect(validations()).toBe(2);
  });
});
