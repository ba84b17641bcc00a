import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_SCOPE_PERMISSIONS,
  decide,
  type EndUserAction,
  type HeldRoles,
  isGranted,
  type Permission,
  SERVICE_SCOPE_PERMISSIONS,
} from '../../src/access/permissions.ts';

/*
 * src/access/permissions.ts against Twilio's role table (docs/access-tokens.md §3, §4; Twilio's
 * role resource, "permission values"). Every expectation below is written from that table, not
 * from what the module returns: which scope can hold a permission, which role grants it where,
 * own against any, attributes against body, and media.
 */

const ME = 'alice';
const OTHER = 'bob';

/** Twilio's service-scope permissions, as its table lists them. */
const TWILIO_SERVICE_SCOPE = [
  'addParticipant',
  'createConversation',
  'deleteAnyMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'joinConversation',
  'removeParticipant',
];

/** Twilio's sixteen conversation-scope permissions, and the two participant-attribute ones it accepts. */
const TWILIO_CONVERSATION_SCOPE = [
  'addParticipant',
  'deleteAnyMessage',
  'deleteOwnMessage',
  'deleteConversation',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'editAnyUserInfo',
  'editConversationAttributes',
  'editConversationName',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'editOwnUserInfo',
  'leaveConversation',
  'removeParticipant',
  'sendMediaMessage',
  'sendMessage',
  'editOwnParticipantAttributes',
  'editAnyParticipantAttributes',
];

const serviceOnly = TWILIO_SERVICE_SCOPE.filter((p) => !TWILIO_CONVERSATION_SCOPE.includes(p));
const conversationOnly = TWILIO_CONVERSATION_SCOPE.filter((p) => !TWILIO_SERVICE_SCOPE.includes(p));
const bothScopes = TWILIO_SERVICE_SCOPE.filter((p) => TWILIO_CONVERSATION_SCOPE.includes(p));

/** A service role holding `service`, and a conversation role holding `conversation` (null: not a participant). */
const held = (service: readonly string[], conversation: readonly string[] | null = []): HeldRoles => ({
  service,
  conversation,
});

const NONE = held([], []);

describe('the permission table', () => {
  it('lists the permissions a service role can hold as Twilio does', () => {
    expect([...SERVICE_SCOPE_PERMISSIONS].sort()).toEqual([...TWILIO_SERVICE_SCOPE].sort());
  });

  it('lists the permissions a conversation role can hold as Twilio does', () => {
    expect([...CONVERSATION_SCOPE_PERMISSIONS].sort()).toEqual([...TWILIO_CONVERSATION_SCOPE].sort());
  });

  it('has the scopes Twilio gives: joining and creating are service-only, sending and leaving conversation-only', () => {
    expect(serviceOnly.sort()).toEqual(['createConversation', 'joinConversation']);
    expect(conversationOnly.sort()).toEqual([
      'deleteOwnMessage',
      'editAnyParticipantAttributes',
      'editOwnParticipantAttributes',
      'leaveConversation',
      'sendMediaMessage',
      'sendMessage',
    ]);
  });
});

describe('which role grants a permission', () => {
  it.each(TWILIO_SERVICE_SCOPE)('a service role grants %s, also outside any conversation', (permission) => {
    expect(isGranted(held([permission], null), permission as Permission)).toBe(true);
    expect(isGranted(held([permission], []), permission as Permission)).toBe(true);
  });

  it.each(TWILIO_CONVERSATION_SCOPE)('a conversation role grants %s there', (permission) => {
    expect(isGranted(held([], [permission]), permission as Permission)).toBe(true);
  });

  it.each(conversationOnly)('a service role holding %s does not grant it: not in its scope', (permission) => {
    expect(isGranted(held([permission], []), permission as Permission)).toBe(false);
    expect(isGranted(held([permission], null), permission as Permission)).toBe(false);
  });

  it.each(serviceOnly)('a conversation role holding %s does not grant it: not in its scope', (permission) => {
    expect(isGranted(held([], [permission]), permission as Permission)).toBe(false);
  });

  it.each(bothScopes)(
    'either role grants %s inside a conversation, neither when nobody holds it',
    (permission) => {
      expect(isGranted(held([permission], []), permission as Permission)).toBe(true);
      expect(isGranted(held([], [permission]), permission as Permission)).toBe(true);
      expect(isGranted(NONE, permission as Permission)).toBe(false);
    },
  );

  it('a permission held for something else grants nothing', () => {
    expect(isGranted(held(['editAnyMessage'], ['editAnyMessage']), 'editOwnMessage')).toBe(false);
    expect(isGranted(held(['editOwnMessage'], ['editOwnMessage']), 'editAnyMessage')).toBe(false);
  });
});

/** Allowed with exactly the roles given; the `why` of a refusal names the missing permissions. */
const allowed = (roles: HeldRoles, action: EndUserAction) => decide(ME, roles, action).allowed;

describe('what each change needs', () => {
  const edit = (author: string, body: boolean, attributes: boolean): EndUserAction => ({
    type: 'editMessage',
    author,
    body,
    attributes,
    other: [],
  });

  describe('message edits: own against any, body against attributes', () => {
    it.each([
      ['own body', 'editOwnMessage', ME, true, false],
      ['own attributes', 'editOwnMessageAttributes', ME, false, true],
      ['another’s body', 'editAnyMessage', OTHER, true, false],
      ['another’s attributes', 'editAnyMessageAttributes', OTHER, false, true],
    ] as const)(
      '%s takes %s, from either role, and nothing else does',
      (_name, needed, author, body, attributes) => {
        const action = edit(author, body, attributes);
        expect(allowed(held([needed], []), action)).toBe(true);
        expect(allowed(held([], [needed]), action)).toBe(true);
        const others = [
          'editOwnMessage',
          'editOwnMessageAttributes',
          'editAnyMessage',
          'editAnyMessageAttributes',
        ].filter((permission) => permission !== needed);
        expect(allowed(held(others, others), action)).toBe(false);
      },
    );

    it('body and attributes at once take both permissions', () => {
      const action = edit(ME, true, true);
      expect(allowed(held(['editOwnMessage'], ['editOwnMessageAttributes']), action)).toBe(true);
      expect(allowed(held(['editOwnMessage'], ['editOwnMessage']), action)).toBe(false);
      expect(allowed(held(['editOwnMessageAttributes'], []), action)).toBe(false);
    });

    it('needs membership even with the permission in the service role', () => {
      expect(allowed(held(['editAnyMessage'], null), edit(OTHER, true, false))).toBe(false);
    });
  });

  describe('sending and media', () => {
    const send = (media: boolean): EndUserAction => ({ type: 'sendMessage', author: ME, media, other: [] });

    it('a text message takes sendMessage, which only a conversation role grants', () => {
      expect(allowed(held([], ['sendMessage']), send(false))).toBe(true);
      expect(allowed(held(['sendMessage'], []), send(false))).toBe(false);
      expect(allowed(NONE, send(false))).toBe(false);
    });

    it('a media message takes sendMessage and sendMediaMessage', () => {
      expect(allowed(held([], ['sendMessage', 'sendMediaMessage']), send(true))).toBe(true);
      expect(allowed(held([], ['sendMessage']), send(true))).toBe(false);
      expect(allowed(held([], ['sendMediaMessage']), send(true))).toBe(false);
      expect(allowed(held(['sendMediaMessage'], ['sendMessage']), send(true))).toBe(false);
    });

    it('is written only as the token’s identity, and only by a participant', () => {
      const asOther: EndUserAction = { type: 'sendMessage', author: OTHER, media: false, other: [] };
      expect(allowed(held([], ['sendMessage']), asOther)).toBe(false);
      expect(allowed(held([], null), send(false))).toBe(false);
    });
  });

  describe('deleting messages', () => {
    const del = (author: string): EndUserAction => ({ type: 'deleteMessage', author });

    it('their own takes deleteOwnMessage, a conversation-only permission', () => {
      expect(allowed(held([], ['deleteOwnMessage']), del(ME))).toBe(true);
      expect(allowed(held(['deleteOwnMessage'], []), del(ME))).toBe(false);
      expect(allowed(held([], ['deleteAnyMessage']), del(ME))).toBe(false);
    });

    it('another’s takes deleteAnyMessage, from either role', () => {
      expect(allowed(held(['deleteAnyMessage'], []), del(OTHER))).toBe(true);
      expect(allowed(held([], ['deleteAnyMessage']), del(OTHER))).toBe(true);
      expect(allowed(held([], ['deleteOwnMessage']), del(OTHER))).toBe(false);
    });
  });

  describe('conversations', () => {
    it('creating one takes createConversation from the service role, not a conversation role', () => {
      const action: EndUserAction = { type: 'createConversation', participants: [ME], other: [] };
      expect(allowed(held(['createConversation'], null), action)).toBe(true);
      expect(allowed(held([], ['createConversation']), action)).toBe(false);
    });

    it('creating one with someone else in it also takes addParticipant', () => {
      const action: EndUserAction = { type: 'createConversation', participants: [ME, OTHER], other: [] };
      expect(allowed(held(['createConversation'], null), action)).toBe(false);
      expect(allowed(held(['createConversation', 'addParticipant'], null), action)).toBe(true);
    });

    it('renaming takes editConversationName, its attributes editConversationAttributes', () => {
      const rename: EndUserAction = { type: 'updateConversation', name: true, attributes: false, other: [] };
      const attributes: EndUserAction = {
        type: 'updateConversation',
        name: false,
        attributes: true,
        other: [],
      };
      expect(allowed(held([], ['editConversationName']), rename)).toBe(true);
      expect(allowed(held(['editConversationName'], []), rename)).toBe(true);
      expect(allowed(held([], ['editConversationAttributes']), rename)).toBe(false);
      expect(allowed(held([], ['editConversationAttributes']), attributes)).toBe(true);
      expect(allowed(held([], ['editConversationName']), attributes)).toBe(false);
      expect(allowed(held(['editConversationName'], null), rename)).toBe(false);
    });

    it('deleting takes deleteConversation, as a participant', () => {
      expect(allowed(held(['deleteConversation'], []), { type: 'deleteConversation' })).toBe(true);
      expect(allowed(held([], ['deleteConversation']), { type: 'deleteConversation' })).toBe(true);
      expect(allowed(held(['deleteConversation'], null), { type: 'deleteConversation' })).toBe(false);
      expect(allowed(NONE, { type: 'deleteConversation' })).toBe(false);
    });
  });

  describe('participants', () => {
    const add = (identity: string): EndUserAction => ({ type: 'addParticipant', identity, other: [] });
    const remove = (identity: string): EndUserAction => ({ type: 'removeParticipant', identity });

    it('joining takes joinConversation from the service role, without membership', () => {
      expect(allowed(held(['joinConversation'], null), add(ME))).toBe(true);
      expect(allowed(held([], ['joinConversation']), add(ME))).toBe(false);
      expect(allowed(held(['addParticipant'], null), add(ME))).toBe(false);
    });

    it('adding someone takes addParticipant, as a participant', () => {
      expect(allowed(held(['addParticipant'], []), add(OTHER))).toBe(true);
      expect(allowed(held([], ['addParticipant']), add(OTHER))).toBe(true);
      expect(allowed(held(['addParticipant'], null), add(OTHER))).toBe(false);
      expect(allowed(held(['joinConversation'], []), add(OTHER))).toBe(false);
    });

    it('leaving takes leaveConversation (conversation role), removing someone removeParticipant', () => {
      expect(allowed(held([], ['leaveConversation']), remove(ME))).toBe(true);
      expect(allowed(held(['leaveConversation'], []), remove(ME))).toBe(false);
      expect(allowed(held([], ['removeParticipant']), remove(ME))).toBe(false);
      expect(allowed(held(['removeParticipant'], []), remove(OTHER))).toBe(true);
      expect(allowed(held([], ['leaveConversation']), remove(OTHER))).toBe(false);
    });

    it('participant attributes: own and any, from the conversation role only', () => {
      const update = (identity: string): EndUserAction => ({
        type: 'updateParticipant',
        identity,
        attributes: true,
        readHorizon: false,
        other: [],
      });
      expect(allowed(held([], ['editOwnParticipantAttributes']), update(ME))).toBe(true);
      expect(allowed(held(['editOwnParticipantAttributes'], []), update(ME))).toBe(false);
      expect(allowed(held([], ['editAnyParticipantAttributes']), update(ME))).toBe(false);
      expect(allowed(held([], ['editAnyParticipantAttributes']), update(OTHER))).toBe(true);
      expect(allowed(held([], ['editOwnParticipantAttributes']), update(OTHER))).toBe(false);
    });
  });

  describe('users', () => {
    const update = (identity: string): EndUserAction => ({ type: 'updateUser', identity, other: [] });

    it('their own takes editOwnUserInfo, another’s editAnyUserInfo', () => {
      expect(allowed(held(['editOwnUserInfo'], null), update(ME))).toBe(true);
      expect(allowed(held(['editAnyUserInfo'], null), update(ME))).toBe(false);
      expect(allowed(held(['editAnyUserInfo'], null), update(OTHER))).toBe(true);
      expect(allowed(held(['editOwnUserInfo'], null), update(OTHER))).toBe(false);
    });
  });

  it('refuses a field no role lets a client set, whatever the roles', () => {
    const everything = held(TWILIO_SERVICE_SCOPE, TWILIO_CONVERSATION_SCOPE);
    expect(allowed(everything, { type: 'updateUser', identity: ME, other: ['roleSid'] })).toBe(false);
    expect(allowed(everything, { type: 'administer', what: 'webhooks' })).toBe(false);
  });
});
