import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callNames, contract, isCallName } from '../../../shared/contract';
import { combineCalls, defineCall } from '../../../shared/contract/define';
import { createDispatcher } from '../../../electron/core/rpc/dispatch';
import type { Handlers } from '../../../electron/core/rpc/handlers';

/** Handlers that must never run: every payload below is invalid and must be stopped before them. */
const untouchable = Object.fromEntries(
  callNames.map((name) => [
    name,
    () => {
      throw new Error(`${name} ran with an invalid payload`);
    },
  ]),
) as unknown as Handlers;

const garbage: unknown[] = [
  null,
  42,
  'people',
  [],
  true,
  { unexpected: 'field' },
  { id: { $gt: '' } },
  { displayName: 7 },
  { query: 'x'.repeat(10_000) },
];

describe('the contract', () => {
  it('has at least one call and every name is namespaced', () => {
    expect(callNames.length).toBeGreaterThan(0);
    for (const name of callNames) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it.each(callNames)('%s answers every malformed payload with invalid_input', async (name) => {
    const dispatch = createDispatcher(untouchable);
    for (const payload of garbage) {
      // Skip payloads that happen to be valid for this call (none should be, checked below).
      const valid = contract[name].input.safeParse(payload).success;
      expect(valid, `${JSON.stringify(payload)} should be invalid for ${name}`).toBe(false);
      const result = await dispatch(name, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses an unknown call name without throwing', async () => {
    const dispatch = createDispatcher(untouchable);
    for (const name of ['people.drop', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(isCallName('toString')).toBe(false);
  });

  it('turns an unexpected handler failure into a generic error value', async () => {
    const reported: string[] = [];
    const dispatch = createDispatcher(
      {
        ...untouchable,
        'app.info': () => {
          throw new Error('disk on fire');
        },
      },
      { onUnexpectedError: (name) => reported.push(name) },
    );
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(reported).toEqual(['app.info']);
  });

  it('refuses to combine two groups that define the same call', () => {
    const a = { 'x.get': defineCall(z.object({}), 'a').returns<number>() };
    const b = { 'x.get': defineCall(z.object({}), 'b').returns<string>() };
    expect(() => combineCalls(a, b)).toThrow('"x.get" is defined twice');
  });
});
