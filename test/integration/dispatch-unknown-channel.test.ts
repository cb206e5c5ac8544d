// The window's one door (dispatch) never throws, whatever a page sends as the channel name: a
// name it does not know is refused in words, and something that is not a name at all (an object
// whose toString is not a function, found by the stress test's random payloads) is refused too.
import { describe, expect, it } from 'vitest';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';

const ctx: HandlerContext = {
  desk: () => {
    throw new Error('an unknown channel must be refused before any desk is asked');
  },
};

describe('a call on a channel the desk does not have', () => {
  it('is refused naming the channel when it is text', () => {
    expect(dispatch(createHandlerTable(), ctx, 'documents:delete', {})).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown channel "documents:delete".', details: [] },
    });
  });

  it('is refused in words, never an internal error, when it is not text at all', () => {
    for (const channel of [{ toString: false }, null, 42, ['intake:record']]) {
      const r = dispatch(createHandlerTable(), ctx, channel, {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-input');
        expect(r.error.message).toMatch(/^Unknown channel \(a (object|null|number), not a channel name\)\.$/);
      }
    }
  });
});
