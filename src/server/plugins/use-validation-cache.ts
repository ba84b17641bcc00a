import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

interface Validated {
  schema: GraphQLSchema;
  rules: readonly ValidationRule[] | undefined;
  // What validation answered: its errors (none for a valid document), as envelop hands them on.
  result: readonly Error[];
}

/**
 * Validation, once per parsed document, schema and set of rules: the answer of a document
 * validated before with the same rules is reused. It replaces yoga's own validation cache
 * (`parserAndValidationCache: { validationCache: false }`), which keys its entries by the names of
 * the rules, joined into a string on every request: reading each rule function's `name` was
 * about 1.5 % of a small request's CPU (docs/decisions/0049). Here the rules are compared by
 * identity, element by element, which is what "the same rules" means.
 *
 * Must come after every plugin that adds validation rules (the production introspection rules are
 * added per request), so it sees the rules that will run: the last plugin of the list.
 */
export function useValidationCache(): Plugin {
  // Keyed by yoga's cached documents, so an entry lives as long as its document is cached.
  const validated = new WeakMap<DocumentNode, Validated[]>();
  return {
    onValidate({ params: { schema, documentAST, rules }, setResult }) {
      const entries = validated.get(documentAST);
      const known = entries?.find((entry) => entry.schema === schema && sameRules(entry.rules, rules));
      if (known) {
        setResult(known.result);
        return;
      }
      return ({ result }) => {
        const entry: Validated = { schema, rules: rules && [...rules], result };
        if (entries) entries.push(entry);
        else validated.set(documentAST, [entry]);
      };
    },
  };
}

function sameRules(
  a: readonly ValidationRule[] | undefined,
  b: readonly ValidationRule[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
