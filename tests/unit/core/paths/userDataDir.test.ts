import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDataDir } from '../../../../electron/core/paths/userDataDir';

describe('where data lives', () => {
  it('matches Electron’s userData folder on each platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Farley');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe(
      '/cfg/Farley',
    );
    expect(defaultUserDataDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Farley',
    );
    expect(
      defaultUserDataDir(
        'win32',
        { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
        'C:\\Users\\ada',
      ),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Farley');
  });

  it('prefers --data-dir, then FARLEY_DATA_DIR, then the default', () => {
    const fallback = () => '/default';
    expect(resolveDataDir('/flag', { FARLEY_DATA_DIR: '/env' }, fallback)).toBe('/flag');
    expect(resolveDataDir(undefined, { FARLEY_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(undefined, { FARLEY_DATA_DIR: '' }, fallback)).toBe('/default');
    expect(resolveDataDir(undefined, {}, fallback)).toBe('/default');
  });
});
