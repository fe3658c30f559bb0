import type { CoreContext } from '../../coreContext';
import type { CoreHandlers } from '../../rpc/handlers';
import { setPersonCadence, setTagCadence } from './cadenceWrites';
import { goingCold } from './goingCold';
import { keepInTouchStatus } from './keepInTouchStatus';
import { reachOut } from './reachOut';

export function cadenceHandlers(
  ctx: CoreContext,
): Pick<
  CoreHandlers,
  | 'people.setCadence'
  | 'tags.setCadence'
  | 'insights.reachOut'
  | 'insights.goingCold'
  | 'insights.keepInTouch'
> {
  return {
    'people.setCadence': ({ id, cadence }) => setPersonCadence(ctx, id, cadence),
    'tags.setCadence': ({ id, cadence }) => setTagCadence(ctx, id, cadence),
    'insights.reachOut': ({ limit }) => reachOut(ctx, limit),
    'insights.goingCold': ({ limit }) => goingCold(ctx, limit),
    'insights.keepInTouch': ({ personId }) => keepInTouchStatus(ctx, personId),
  };
}
