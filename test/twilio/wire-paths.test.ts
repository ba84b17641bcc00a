import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/twilio/paging.ts';
import { links, listOf, object, requiredString, string, WireFormatError } from '../../src/twilio/wire.ts';

/**
 * A Twilio answer of the wrong shape is refused with the path of what is wrong (never its value),
 * however deep: the readers build that path only when something fails.
 */
describe('wire format errors', () => {
  const tag = object('tag', { name: requiredString, note: string });
  const item = object('item', { sid: requiredString, tags: listOf(tag) });

  const failure = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      expect(error).toBeInstanceOf(WireFormatError);
      return (error as Error).message;
    }
    throw new Error('no failure');
  };

  it('reads a well-formed value', () => {
    expect(item({ sid: 'X1', tags: [{ name: 'a', note: null }] }, 'item')).toEqual({
      sid: 'X1',
      tags: [{ name: 'a', note: null }],
    });
  });

  it('names the property, the list item and the nested property', () => {
    expect(failure(() => item({ tags: [] }, 'item'))).toBe('item.sid is missing');
    expect(failure(() => item({ sid: 'X1', tags: 'no' }, 'item'))).toBe('item.tags is not a list');
    expect(failure(() => item({ sid: 'X1', tags: [{ name: 'a' }, 7] }, 'item'))).toBe(
      'item.tags[1] is not an object',
    );
    expect(failure(() => item({ sid: 'X1', tags: [{ name: 'a' }, { name: 'b', note: 3 }] }, 'item'))).toBe(
      'item.tags[1].note is not a string',
    );
    expect(failure(() => listOf(string)(['a', 'b', 5], 'names'))).toBe('names[2] is not a string');
  });

  it('names the item of a list page', () => {
    const source = { origin: 'https://conversations.twilio.com', path: '/v1/Roles' };
    const body = {
      roles: [{ sid: 'RL1', tags: null }, { tags: null }],
      meta: { page: 0, page_size: 50, next_page_url: null, previous_page_url: null },
    };
    expect(failure(() => readPage('ListRole', body, source, item))).toBe('roles[1].sid is missing');
  });
});

describe('links', () => {
  it('keeps a links object whose values are all strings, and refuses any other value by its key', () => {
    const wire = JSON.parse('{"messages":"https://x/Messages","__proto__":"https://x/Proto"}') as unknown;
    const read = links(wire, 'links');
    expect(read).toEqual({ messages: 'https://x/Messages', ['__proto__']: 'https://x/Proto' });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(() => links({ messages: 'https://x/Messages', participants: 3 }, 'links')).toThrow(
      new WireFormatError('links.participants is not a string'),
    );
    expect(() => links(['https://x'], 'links')).toThrow(new WireFormatError('links is not an object'));
    expect(links(null, 'links')).toBeNull();
  });
});
