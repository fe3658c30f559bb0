import type { CoreContext } from '../../coreContext';
import { requirePersonRow } from '../../people/personReader';
import type { CoreHandlers } from '../../rpc/handlers';
import { warmthForPeople } from './warmth';

export function warmthHandlers(ctx: CoreContext): Pick<CoreHandlers, 'insights.warmth'> {
  return {
    'insights.warmth': ({ personId }) => {
      requirePersonRow(ctx, personId);
      const warmth = warmthForPeople(ctx, [personId], ctx.clock()).get(personId);
      // warmthForPeople answers for every id it is given; this is for the compiler.
      if (!warmth) throw new Error(`No warmth computed for ${personId}`);
      return warmth;
    },
  };
}
