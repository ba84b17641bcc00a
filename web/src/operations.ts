import { graphql } from './gql/index.ts';

/*
 * Every GraphQL operation the app sends, in one file: the starting point for a screen of your own.
 * `npm run codegen` types each one from the committed schema.graphql (the client preset writes
 * web/src/gql/), so a field the gateway does not have fails the typecheck, not the user.
 */

/** What the message list shows of a message; shared by the history, live and sent messages. */
export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    sid
    index
    author
    body
    dateCreated
  }
`);

/** A page of messages, oldest first, and where the page before it starts. */
export const MessagePage = graphql(`
  fragment MessagePage on ConversationMessagesConnection {
    edges {
      node {
        ...MessageFields
      }
    }
    pageInfo {
      hasPreviousPage
      startCursor
    }
  }
`);

/** The inbox: the user's conversations, with what they have not read and the last message. */
export const InboxQuery = graphql(`
  query Inbox($identity: String!) {
    user(sid: $identity) {
      id
      identity
      friendlyName
      conversations(first: 50) {
        edges {
          node {
            id
            conversationSid
            friendlyName
            uniqueName
            unreadMessagesCount
            lastReadMessageIndex
            conversation {
              id
              messages(last: 1) {
                edges {
                  node {
                    ...MessageFields
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The conversation screen: its members (with how far each has read) and the newest messages. */
export const ConversationQuery = graphql(`
  query Conversation($sid: String!, $last: Int!) {
    conversation(sid: $sid) {
      id
      sid
      friendlyName
      uniqueName
      participants(first: 50) {
        edges {
          node {
            ...ParticipantFields
          }
        }
      }
      messages(last: $last) {
        ...MessagePage
      }
    }
  }
`);

export const ParticipantFields = graphql(`
  fragment ParticipantFields on Participant {
    id
    sid
    identity
    lastReadMessageIndex
    user {
      id
      friendlyName
    }
  }
`);

/** Older messages, a page before the oldest one shown (`last`/`before` from the same list). */
export const OlderMessagesQuery = graphql(`
  query OlderMessages($sid: String!, $last: Int!, $before: String!) {
    conversation(sid: $sid) {
      id
      messages(last: $last, before: $before) {
        ...MessagePage
      }
    }
  }
`);

/**
 * Everything live the app shows, in one subscription: new messages and members' changes (read
 * marks among them) in any of the user's conversations. One stream, not one per conversation and
 * kind: over HTTP/1.1 a browser holds at most six connections to the gateway, and every SSE
 * subscription keeps one. The inbox and the open conversation share it (urql runs an operation
 * once for all its users).
 */
export const ChatEventsSubscription = graphql(`
  subscription ChatEvents {
    conversationEvents(types: [MESSAGE_ADDED, PARTICIPANT_UPDATED]) {
      type
      conversationSid
      message {
        ...MessageFields
      }
      participant {
        ...ParticipantFields
      }
    }
  }
`);

/**
 * Sends a message as the signed-in identity. `webhookEnabled: true` has Twilio tell the world
 * (its webhooks, hence every subscriber, the other members' screens among them). A refusal comes back in `userErrors`, not as a GraphQL error. */
export const SendMessageMutation = graphql(`
  mutation SendMessage($conversationSid: String!, $author: String!, $body: String!) {
    createMessage(
      input: { conversationSid: $conversationSid, author: $author, body: $body, webhookEnabled: true }
    ) {
      message {
        ...MessageFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Marks the conversation read up to a message, for the user's own participant; the others see it live. */
export const MarkReadMutation = graphql(`
  mutation MarkRead($conversationSid: String!, $participantSid: String!, $index: Int!) {
    updateParticipant(
      input: {
        conversationSid: $conversationSid
        sid: $participantSid
        lastReadMessageIndex: $index
        webhookEnabled: true
      }
    ) {
      participant {
        ...ParticipantFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);
