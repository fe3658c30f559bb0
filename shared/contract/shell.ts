import { z } from 'zod';
import { defineCall } from './define';

/**
 * Calls answered by the desktop shell rather than the core: OS dialogs and the like. Electron's
 * main process implements them; the command line refuses them; the browser test harness answers
 * them from what a test queued.
 */
export const shellCalls = {
  'shell.choosePath': defineCall(
    z.strictObject({
      kind: z.enum(['file', 'folder']),
      title: z.string().max(200).default(''),
      /** File name extensions to offer, without the dot. */
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
        .max(10)
        .default([]),
    }),
    'Ask the user to pick a file or folder with the system dialog; null when cancelled',
  ).returns<{ path: string | null }>(),
  'shell.saveText': defineCall(
    z.strictObject({
      title: z.string().max(200).default(''),
      /** The file name the dialog proposes. */
      defaultName: z.string().min(1).max(200),
      text: z.string().max(20_000_000),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
        .max(10)
        .default([]),
    }),
    'Ask where to save a text file with the system dialog and write it; null when cancelled',
  ).returns<{ path: string | null }>(),
  'shell.printToPdf': defineCall(
    z.strictObject({ defaultName: z.string().min(1).max(200) }),
    'Print the current page with its print stylesheet to a PDF the user places; null when cancelled',
  ).returns<{ path: string | null }>(),
  'shell.chooseSavePath': defineCall(
    z.strictObject({
      title: z.string().max(200).default(''),
      defaultName: z.string().min(1).max(200),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
        .max(10)
        .default([]),
    }),
    'Ask where to save a file with the system dialog (nothing is written); null when cancelled',
  ).returns<{ path: string | null }>(),
};
