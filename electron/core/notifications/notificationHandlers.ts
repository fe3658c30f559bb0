import type { CoreContext } from '../coreContext';
import type { CoreHandlers } from '../rpc/handlers';
import { getNotificationSettings, setNotificationSettings } from './notificationSettings';

export function notificationHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'notifications.get' | 'notifications.set'> {
  return {
    'notifications.get': () => getNotificationSettings(ctx),
    'notifications.set': (input) => setNotificationSettings(ctx, input),
  };
}
