import type { ParsedInput } from '../../../shared/contract';
import type { Me } from '../../../shared/domain/calendar';
import type { CoreContext } from '../coreContext';
import { readSetting, writeSetting } from './settingsRepository';

interface StoredMe {
  name: string;
  emails: string[];
  timeZone: string | null;
}

const KEY = 'me';

export function getMe(ctx: CoreContext): Me {
  const stored = readSetting<StoredMe>(ctx, KEY) ?? { name: '', emails: [], timeZone: null };
  return {
    name: stored.name,
    emails: stored.emails,
    timeZone: stored.timeZone ?? ctx.systemTimeZone(),
    timeZoneIsDefault: stored.timeZone === null,
  };
}

export function setMe(ctx: CoreContext, input: ParsedInput<'me.set'>): Me {
  return ctx.db.sqlite.transaction(() => {
    const stored = readSetting<StoredMe>(ctx, KEY) ?? { name: '', emails: [], timeZone: null };
    const next: StoredMe = {
      name: input.name ?? stored.name,
      emails: input.emails
        ? [...new Map(input.emails.map((e) => [e.toLowerCase(), e])).values()]
        : stored.emails,
      timeZone: input.timeZone === undefined ? stored.timeZone : input.timeZone,
    };
    writeSetting(ctx, KEY, next);
    return getMe(ctx);
  })();
}
