import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  resolveAppAsset,
} from '../../../../electron/core/shell/appAssets';

const root = path.resolve('/app/out/renderer');

describe('serving the renderer on app://', () => {
  it('maps paths inside the bundle', () => {
    expect(resolveAppAsset(root, 'app://farley/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://farley/assets/index.js')).toBe(
      path.join(root, 'assets/index.js'),
    );
  });

  it('resolves dot segments the way a browser does, inside the bundle', () => {
    expect(resolveAppAsset(root, 'app://farley/../secret')).toBe(path.join(root, 'secret'));
    expect(resolveAppAsset(root, 'app://farley/%2e%2e/%2e%2e/etc/x')).toBe(
      path.join(root, 'etc/x'),
    );
  });

  it('refuses to leave the bundle, however the path is spelled', () => {
    for (const url of [
      'app://farley/assets/..%2f..%2f..%2fetc/passwd',
      'app://farley/%00',
      'not a url',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('labels content types and allows no remote origin', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/b.bin')).toBe('application/octet-stream');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe/);
  });
});
