import type { z } from 'zod';

/**
 * One renderer→main call: its runtime-checked input and its output type. The output exists only
 * at the type level because main produces it; the input crosses a trust boundary and is parsed.
 */
export interface CallDefinition<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly summary: string;
  /** Phantom: carries the output type, never set at run time. */
  readonly output?: Output;
}

export function defineCall<Input extends z.ZodType>(input: Input, summary: string) {
  return {
    returns<Output>(): CallDefinition<Input, Output> {
      return { input, summary };
    },
  };
}

export type CallGroup = Record<string, CallDefinition<z.ZodType, unknown>>;

/** Combines call groups and refuses a name defined twice, which a spread would silently hide. */
export function combineCalls<const Groups extends readonly CallGroup[]>(
  ...groups: Groups
): UnionToIntersection<Groups[number]> {
  const combined: CallGroup = {};
  for (const group of groups) {
    for (const [name, definition] of Object.entries(group)) {
      if (name in combined) throw new Error(`Contract call "${name}" is defined twice`);
      combined[name] = definition;
    }
  }
  return combined as UnionToIntersection<Groups[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
