import type { CoreContext } from '../coreContext';
import type { CoreHandlers } from '../rpc/handlers';
import { briefingForDay } from './briefingForDay';
import { savePrepNote } from './meetingNotes';

export function briefingHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'briefing.day' | 'briefing.savePrep'> {
  return {
    'briefing.day': (input) => briefingForDay(ctx, input.date, input.timeZone),
    'briefing.savePrep': (input) => savePrepNote(ctx, input.event, input.body),
  };
}
