import type { CoreContext } from '../../coreContext';
import type { CoreHandlers } from '../../rpc/handlers';
import { introPaths } from './introPaths';
import { whoKnows } from './whoKnows';

export function graphHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'insights.whoKnows' | 'insights.introPaths'> {
  return {
    'insights.whoKnows': (input) => whoKnows(ctx, input.text),
    'insights.introPaths': (input) => introPaths(ctx, input.personId, input.limit),
  };
}
