/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MessageFields on Message {\n    id\n    sid\n    index\n    author\n    body\n    dateCreated\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment MessagePage on ConversationMessagesConnection {\n    edges {\n      node {\n        ...MessageFields\n      }\n    }\n    pageInfo {\n      hasPreviousPage\n      startCursor\n    }\n  }\n": typeof types.MessagePageFragmentDoc,
    "\n  query Inbox($identity: String!) {\n    user(sid: $identity) {\n      id\n      identity\n      friendlyName\n      conversations(first: 50) {\n        edges {\n          node {\n            id\n            conversationSid\n            friendlyName\n            uniqueName\n            unreadMessagesCount\n            lastReadMessageIndex\n            conversation {\n              id\n              messages(last: 1) {\n                edges {\n                  node {\n                    ...MessageFields\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query Conversation($sid: String!, $last: Int!) {\n    conversation(sid: $sid) {\n      id\n      sid\n      friendlyName\n      uniqueName\n      participants(first: 50) {\n        edges {\n          node {\n            ...ParticipantFields\n          }\n        }\n      }\n      messages(last: $last) {\n        ...MessagePage\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    sid\n    identity\n    lastReadMessageIndex\n    user {\n      id\n      friendlyName\n    }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  query OlderMessages($sid: String!, $last: Int!, $before: String!) {\n    conversation(sid: $sid) {\n      id\n      messages(last: $last, before: $before) {\n        ...MessagePage\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  subscription ChatEvents {\n    conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_UPDATED]) {\n      type\n      conversationSid\n      message {\n        ...MessageFields\n      }\n      participant {\n        ...ParticipantFields\n      }\n    }\n  }\n": typeof types.ChatEventsDocument,
    "\n  mutation SendMessage($conversationSid: String!, $author: String!, $body: String!) {\n    createMessage(\n      input: { conversationSid: $conversationSid, author: $author, body: $body, webhookEnabled: true }\n    ) {\n      message {\n        ...MessageFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkRead($conversationSid: String!, $participantSid: String!, $index: Int!) {\n    updateParticipant(\n      input: {\n        conversationSid: $conversationSid\n        sid: $participantSid\n        lastReadMessageIndex: $index\n        webhookEnabled: true\n      }\n    ) {\n      participant {\n        ...ParticipantFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MarkReadDocument,
};
const documents: Documents = {
    "\n  fragment MessageFields on Message {\n    id\n    sid\n    index\n    author\n    body\n    dateCreated\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment MessagePage on ConversationMessagesConnection {\n    edges {\n      node {\n        ...MessageFields\n      }\n    }\n    pageInfo {\n      hasPreviousPage\n      startCursor\n    }\n  }\n": types.MessagePageFragmentDoc,
    "\n  query Inbox($identity: String!) {\n    user(sid: $identity) {\n      id\n      identity\n      friendlyName\n      conversations(first: 50) {\n        edges {\n          node {\n            id\n            conversationSid\n            friendlyName\n            uniqueName\n            unreadMessagesCount\n            lastReadMessageIndex\n            conversation {\n              id\n              messages(last: 1) {\n                edges {\n                  node {\n                    ...MessageFields\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query Conversation($sid: String!, $last: Int!) {\n    conversation(sid: $sid) {\n      id\n      sid\n      friendlyName\n      uniqueName\n      participants(first: 50) {\n        edges {\n          node {\n            ...ParticipantFields\n          }\n        }\n      }\n      messages(last: $last) {\n        ...MessagePage\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    sid\n    identity\n    lastReadMessageIndex\n    user {\n      id\n      friendlyName\n    }\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  query OlderMessages($sid: String!, $last: Int!, $before: String!) {\n    conversation(sid: $sid) {\n      id\n      messages(last: $last, before: $before) {\n        ...MessagePage\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  subscription ChatEvents {\n    conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_UPDATED]) {\n      type\n      conversationSid\n      message {\n        ...MessageFields\n      }\n      participant {\n        ...ParticipantFields\n      }\n    }\n  }\n": types.ChatEventsDocument,
    "\n  mutation SendMessage($conversationSid: String!, $author: String!, $body: String!) {\n    createMessage(\n      input: { conversationSid: $conversationSid, author: $author, body: $body, webhookEnabled: true }\n    ) {\n      message {\n        ...MessageFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkRead($conversationSid: String!, $participantSid: String!, $index: Int!) {\n    updateParticipant(\n      input: {\n        conversationSid: $conversationSid\n        sid: $participantSid\n        lastReadMessageIndex: $index\n        webhookEnabled: true\n      }\n    ) {\n      participant {\n        ...ParticipantFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.MarkReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    sid\n    index\n    author\n    body\n    dateCreated\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    sid\n    index\n    author\n    body\n    dateCreated\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagePage on ConversationMessagesConnection {\n    edges {\n      node {\n        ...MessageFields\n      }\n    }\n    pageInfo {\n      hasPreviousPage\n      startCursor\n    }\n  }\n"): (typeof documents)["\n  fragment MessagePage on ConversationMessagesConnection {\n    edges {\n      node {\n        ...MessageFields\n      }\n    }\n    pageInfo {\n      hasPreviousPage\n      startCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($identity: String!) {\n    user(sid: $identity) {\n      id\n      identity\n      friendlyName\n      conversations(first: 50) {\n        edges {\n          node {\n            id\n            conversationSid\n            friendlyName\n            uniqueName\n            unreadMessagesCount\n            lastReadMessageIndex\n            conversation {\n              id\n              messages(last: 1) {\n                edges {\n                  node {\n                    ...MessageFields\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($identity: String!) {\n    user(sid: $identity) {\n      id\n      identity\n      friendlyName\n      conversations(first: 50) {\n        edges {\n          node {\n            id\n            conversationSid\n            friendlyName\n            uniqueName\n            unreadMessagesCount\n            lastReadMessageIndex\n            conversation {\n              id\n              messages(last: 1) {\n                edges {\n                  node {\n                    ...MessageFields\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($sid: String!, $last: Int!) {\n    conversation(sid: $sid) {\n      id\n      sid\n      friendlyName\n      uniqueName\n      participants(first: 50) {\n        edges {\n          node {\n            ...ParticipantFields\n          }\n        }\n      }\n      messages(last: $last) {\n        ...MessagePage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($sid: String!, $last: Int!) {\n    conversation(sid: $sid) {\n      id\n      sid\n      friendlyName\n      uniqueName\n      participants(first: 50) {\n        edges {\n          node {\n            ...ParticipantFields\n          }\n        }\n      }\n      messages(last: $last) {\n        ...MessagePage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    sid\n    identity\n    lastReadMessageIndex\n    user {\n      id\n      friendlyName\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    sid\n    identity\n    lastReadMessageIndex\n    user {\n      id\n      friendlyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($sid: String!, $last: Int!, $before: String!) {\n    conversation(sid: $sid) {\n      id\n      messages(last: $last, before: $before) {\n        ...MessagePage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderMessages($sid: String!, $last: Int!, $before: String!) {\n    conversation(sid: $sid) {\n      id\n      messages(last: $last, before: $before) {\n        ...MessagePage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatEvents {\n    conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_UPDATED]) {\n      type\n      conversationSid\n      message {\n        ...MessageFields\n      }\n      participant {\n        ...ParticipantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatEvents {\n    conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_UPDATED]) {\n      type\n      conversationSid\n      message {\n        ...MessageFields\n      }\n      participant {\n        ...ParticipantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($conversationSid: String!, $author: String!, $body: String!) {\n    createMessage(\n      input: { conversationSid: $conversationSid, author: $author, body: $body, webhookEnabled: true }\n    ) {\n      message {\n        ...MessageFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($conversationSid: String!, $author: String!, $body: String!) {\n    createMessage(\n      input: { conversationSid: $conversationSid, author: $author, body: $body, webhookEnabled: true }\n    ) {\n      message {\n        ...MessageFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($conversationSid: String!, $participantSid: String!, $index: Int!) {\n    updateParticipant(\n      input: {\n        conversationSid: $conversationSid\n        sid: $participantSid\n        lastReadMessageIndex: $index\n        webhookEnabled: true\n      }\n    ) {\n      participant {\n        ...ParticipantFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($conversationSid: String!, $participantSid: String!, $index: Int!) {\n    updateParticipant(\n      input: {\n        conversationSid: $conversationSid\n        sid: $participantSid\n        lastReadMessageIndex: $index\n        webhookEnabled: true\n      }\n    ) {\n      participant {\n        ...ParticipantFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;