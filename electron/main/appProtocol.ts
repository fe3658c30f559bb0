import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { CoreContext } from '../core/coreContext';
import { photoForPath } from '../core/people/personPhoto';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveAppAsset } from '../core/shell/appAssets';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://farley`;

/** Must run before `app.whenReady`: a standard, secure scheme gets a real origin for CSP 'self'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererRoot: string, core: CoreContext): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === 'farley' && url.pathname.startsWith('/photos/')) {
      const photo = photoForPath(core, url.pathname);
      return photo
        ? new Response(new Uint8Array(photo.bytes), {
            headers: { 'Content-Type': photo.mime, 'X-Content-Type-Options': 'nosniff' },
          })
        : new Response('Not found', { status: 404 });
    }
    const file =
      new URL(request.url).host === 'farley' ? resolveAppAsset(rendererRoot, request.url) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
