import type { WelcomeState } from '../../../shared/domain/briefing';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import type { CoreHandlers } from '../rpc/handlers';
import { readSetting, writeSetting } from '../settings/settingsRepository';
import { loadSampleWorld } from './sampleWorld';

/** Set once the user chose (an empty start or the sample world): the welcome is not offered again. */
export const WELCOME_DONE_KEY = 'welcome.dismissed';

/** Nothing the user made or imported yet: no people, organizations, notes or calendars. */
export function storeIsEmpty(ctx: CoreContext): boolean {
  const anything = ctx.db.sqlite
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM organizations)
           OR EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM calendar_sources)`,
    )
    .pluck()
    .get() as number;
  return anything === 0;
}

function welcomeState(ctx: CoreContext): WelcomeState {
  return { show: !readSetting<boolean>(ctx, WELCOME_DONE_KEY) && storeIsEmpty(ctx) };
}

export function welcomeHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'welcome.get' | 'welcome.dismiss' | 'welcome.loadSample'> {
  return {
    'welcome.get': () => welcomeState(ctx),
    'welcome.dismiss': () => {
      writeSetting(ctx, WELCOME_DONE_KEY, true);
      return welcomeState(ctx);
    },
    'welcome.loadSample': () =>
      ctx.db.sqlite.transaction(() => {
        // Mixing invented people into real ones would make both untrustworthy.
        if (!storeIsEmpty(ctx)) {
          throw new DomainError(
            'conflict',
            'The sample data can only be loaded into an empty Farley, and this one already has people, notes or calendars. Nothing was changed.',
          );
        }
        const report = loadSampleWorld(ctx);
        writeSetting(ctx, WELCOME_DONE_KEY, true);
        return report;
      })(),
  };
}
