import type { CoreContext } from '../../coreContext';
import type { CoreHandlers } from '../../rpc/handlers';
import { todayPanel } from './todayPanel';

export function todayHandlers(ctx: CoreContext): Pick<CoreHandlers, 'insights.today'> {
  return {
    'insights.today': ({ date }) => todayPanel(ctx, date),
  };
}
