import type { CallName, CallOutput, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { createPerson, getPerson, listPeople } from '../people/peopleRepository';

/** One handler per contract call; the compiler refuses a missing or extra one. */
export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'app.info': () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      schemaVersion: ctx.db.schemaVersion,
    }),
    'people.list': (input) => listPeople(ctx, input),
    'people.get': (input) => getPerson(ctx, input.id),
    'people.create': (input) => createPerson(ctx, input),
  };
}
