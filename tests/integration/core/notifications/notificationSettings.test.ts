import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/contract';
import {
  readLastHandledDate,
  writeLastHandledDate,
} from '../../../../electron/core/notifications/notificationSettings';
import { writeSetting } from '../../../../electron/core/settings/settingsRepository';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

describe('the morning notification settings', () => {
  it('are on at 07:30 until the user changes them', async () => {
    expect(await api.call('notifications.get', {})).toEqual({ enabled: true, time: '07:30' });
  });

  it('change only what is given, and are kept', async () => {
    expect(await api.call('notifications.set', { time: ' 06:45 ' })).toEqual({
      enabled: true,
      time: '06:45',
    });
    expect(await api.call('notifications.set', { enabled: false })).toEqual({
      enabled: false,
      time: '06:45',
    });
    expect(await api.call('notifications.set', {})).toEqual({ enabled: false, time: '06:45' });
    expect(await contractCalls(core).call('notifications.get', {})).toEqual({
      enabled: false,
      time: '06:45',
    });
  });

  it.each([
    [{ time: '25:00' }, 'time', 'Use a time like 07:30'],
    [{ time: '7:30' }, 'time', 'Use a time like 07:30'],
    [{ time: '07:60' }, 'time', 'Use a time like 07:30'],
    [{ enabled: 'yes' }, 'enabled', undefined],
    [{ enabled: true, sound: 'chime' }, '', undefined],
  ])('refuse %j and change nothing', async (input, path, message) => {
    await api.call('notifications.set', { enabled: false, time: '08:15' });
    const result = await api.attempt('notifications.set', input as CallInput<'notifications.set'>);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const issue = result.error.issues?.[0];
    expect(issue?.path).toBe(path);
    if (message) expect(issue?.message).toBe(message);
    expect(await api.call('notifications.get', {})).toEqual({ enabled: false, time: '08:15' });
  });

  it('fall back to the defaults when what is stored is damaged', async () => {
    writeSetting(core, 'notifications.morning', { enabled: 'maybe', time: '99:99' });
    expect(await api.call('notifications.get', {})).toEqual({ enabled: true, time: '07:30' });
  });

  it('keep the last handled day apart from what the user chose', async () => {
    expect(readLastHandledDate(core)).toBeNull();
    writeLastHandledDate(core, '2026-11-24');
    expect(readLastHandledDate(core)).toBe('2026-11-24');
    expect(await api.call('notifications.get', {})).toEqual({ enabled: true, time: '07:30' });
  });
});
