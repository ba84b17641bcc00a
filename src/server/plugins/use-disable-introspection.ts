import {
  type ASTVisitor,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';

/**
 * Production mode without an introspection token: introspection (`__schema`, `__type`) and
 * `_service { sdl }`, which hands out the whole schema, descriptions included, as introspection
 * does, are refused at validation. A registry or a router composing the supergraph sends the
 * introspection token; a router's entity fetches (`_entities`) are ordinary queries and need none.
 *
 * Decided at validation from the context's request rather than when an HTTP body is parsed (as
 * `@graphql-yoga/plugin-disable-introspection` does), so an operation over a WebSocket, which has
 * no HTTP body of its own, is held to the same rule.
 */
export function useDisableIntrospection(options: {
  isDisabled: (request: Request) => boolean;
}): Plugin<GatewayContext> {
  return {
    onValidate({ addValidationRule, context }) {
      if (!options.isDisabled(context.request)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
      addValidationRule(noSubgraphSdlRule);
    },
  };
}

function noSubgraphSdlRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '_service' || context.getParentType() !== context.getSchema().getQueryType())
        return;
      context.reportError(
        new GraphQLError(
          'GraphQL introspection has been disabled, but the requested query contained the field "_service", which serves the subgraph SDL: send an introspection token.',
          { nodes: node },
        ),
      );
    },
  };
}
