import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';

const LOCAL_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

/** Images may come from Farley itself or be embedded; nothing is fetched from the internet. */
export function isLocalImage(src: string): boolean {
  if (LOCAL_IMAGE.test(src)) return true;
  try {
    return new URL(src, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

function transformUrl(url: string, key: string): string {
  if (key === 'src') return isLocalImage(url) ? url : '';
  return defaultUrlTransform(url);
}

const components: Components = {
  img: ({ src, alt }) =>
    typeof src === 'string' && src && isLocalImage(src) ? (
      <img src={src} alt={alt ?? ''} className="md-image" />
    ) : (
      <span className="md-blocked" title="Farley does not load images from the internet">
        {alt ? `[${alt}]` : '[image]'}
      </span>
    ),
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  ),
};

/**
 * Markdown as the user wrote it, safely: raw HTML is not rendered (react-markdown's default),
 * link targets are sanitised, and remote images are dropped.
 */
export function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown components={components} urlTransform={transformUrl}>
        {text}
      </Markdown>
    </div>
  );
}
