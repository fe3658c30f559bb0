// The only file that touches `window.farley`, the bridge the preload (or the test harness) exposes.
import type {
  CallInput,
  CallName,
  CallOutput,
  FarleyBridge,
  MenuCommand,
} from '../shared/contract';
import { fail, type Result } from '../shared/result';

declare global {
  interface Window {
    farley?: FarleyBridge;
  }
}

export async function call<K extends CallName>(
  name: K,
  input: CallInput<K>,
): Promise<Result<CallOutput<K>>> {
  const bridge = window.farley;
  if (!bridge) return fail('internal', 'Farley’s data service is not connected.');
  try {
    return await bridge.calls[name](input);
  } catch {
    return fail('internal', 'Farley’s data service did not answer. Please try again.');
  }
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.farley?.onMenuCommand(listener) ?? (() => undefined);
}
