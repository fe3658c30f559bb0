import { z } from 'zod';
import { defineCall } from './define';

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: string;
}

export const appCalls = {
  'app.info': defineCall(z.strictObject({}), 'Version and where data lives').returns<AppInfo>(),
};
