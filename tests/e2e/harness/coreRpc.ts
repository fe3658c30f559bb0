import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { createDispatcher } from '../../../electron/core/rpc/dispatch';
import { createHandlers } from '../../../electron/core/rpc/handlers';
import type { Harness } from './harnessServer';

/** A contract call straight to the core, as seeds make them; a refusal is thrown. */
export type Rpc = <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;

/**
 * Calls the harness's own core through the same dispatcher the page's calls go through, so a
 * seed is validated like any input, and a refused call fails the set-up with the core's words.
 */
export function coreRpc(harness: Harness): Rpc {
  const dispatch = createDispatcher(createHandlers(harness.core));
  return async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as never;
  };
}
