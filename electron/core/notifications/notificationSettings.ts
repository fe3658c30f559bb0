import type { ParsedInput } from '../../../shared/contract';
import type { NotificationSettings } from '../../../shared/domain/briefing';
import type { CoreContext } from '../coreContext';
import { readSetting, writeSetting } from '../settings/settingsRepository';

const SETTINGS_KEY = 'notifications.morning';
/** The last local day whose morning notification was dealt with (see morningNotifier.ts). */
const LAST_HANDLED_KEY = 'notifications.morningLastHandled';

export const DEFAULT_MORNING_NOTIFICATION: NotificationSettings = { enabled: true, time: '07:30' };

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The stored settings over the defaults; a damaged value falls back to its default. */
export function getNotificationSettings(ctx: CoreContext): NotificationSettings {
  const stored = readSetting<Partial<NotificationSettings>>(ctx, SETTINGS_KEY) ?? {};
  return {
    enabled:
      typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_MORNING_NOTIFICATION.enabled,
    time:
      typeof stored.time === 'string' && TIME_OF_DAY.test(stored.time)
        ? stored.time
        : DEFAULT_MORNING_NOTIFICATION.time,
  };
}

/** Changes only the fields given; the input was checked by the contract. */
export function setNotificationSettings(
  ctx: CoreContext,
  patch: ParsedInput<'notifications.set'>,
): NotificationSettings {
  return ctx.db.sqlite.transaction(() => {
    const current = getNotificationSettings(ctx);
    const next: NotificationSettings = {
      enabled: patch.enabled ?? current.enabled,
      time: patch.time ?? current.time,
    };
    writeSetting(ctx, SETTINGS_KEY, next);
    return next;
  })();
}

export function readLastHandledDate(ctx: CoreContext): string | null {
  const stored = readSetting<unknown>(ctx, LAST_HANDLED_KEY);
  return typeof stored === 'string' && DATE.test(stored) ? stored : null;
}

export function writeLastHandledDate(ctx: CoreContext, date: string): void {
  ctx.db.sqlite.transaction(() => writeSetting(ctx, LAST_HANDLED_KEY, date))();
}
