import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../graphql/context.ts';

/**
 * `_service { sdl }` hands out the whole schema, descriptions included, as introspection does, so
 * it is refused whenever introspection is (production mode without an introspection token). A
 * registry or a router composing the supergraph sends the introspection token; a router's entity
 * fetches (`_entities`) are ordinary queries and need none.
 */
export function useDisableSubgraphSdl(options: {
  isDisabled: (request: Request) => boolean;
}): Plugin<GatewayContext> {
  return {
    onValidate({ addValidationRule, context }) {
      if (options.isDisabled(context.request)) addValidationRule(noSubgraphSdlRule);
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
