import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { characterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import type { GatewayLimits } from '../../config/index.ts';
import { documentLimitRules, limitsFirst, throwLimit } from '../limits.ts';

/**
 * The static document limits (../limits.ts) as yoga plugins: the token and character limits at
 * parse time, the validation-time limits ahead of graphql-js's own rules, and in production no
 * field suggestions, so an oversized document is refused before its context (and thus any Twilio
 * session) exists.
 */
export function useDocumentLimits(limits: GatewayLimits, options: { blockSuggestions: boolean }): Plugin[] {
  const rules = documentLimitRules(limits);
  const plugins: Plugin[] = [
    // Order matters: the token limit replaces the parse function without calling the previous one,
    // and the character limit wraps whatever parse function it finds, so tokens come first.
    maxTokensPlugin({ n: limits.maxTokens, propagateOnRejection: true, onReject: [throwLimit] }),
    characterLimitPlugin({
      maxLength: limits.maxQueryChars,
      propagateOnRejection: true,
      onReject: [throwLimit],
    }),
    {
      onValidate({ validateFn, setValidationFn }) {
        setValidationFn(limitsFirst(rules, validateFn));
      },
    },
  ];
  if (options.blockSuggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: '' }));
  return plugins;
}
