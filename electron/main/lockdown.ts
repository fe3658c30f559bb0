import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from './appProtocol';

/**
 * Farley never talks to a network. Every request that is not for our own bundled files (or
 * DevTools) is cancelled, and the page can neither navigate away, open windows nor ask for
 * permissions.
 */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const { protocol } = new URL(details.url);
    const allowed =
      protocol === `${APP_SCHEME}:` ||
      protocol === 'devtools:' ||
      protocol === 'data:' ||
      protocol === 'blob:';
    callback({ cancel: !allowed });
  });
  // Writing to the clipboard ("Copy as Markdown") is the one thing the page may do; it reads
  // nothing and reaches nothing outside the machine.
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => allowed(permission));

  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the user clicked in a note may be opened by the OS browser, never inside Farley.
    if (/^(https?|mailto):/i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
