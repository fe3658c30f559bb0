import { createElement, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

const LOCAL_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;
const WEB_LINK = /^(https?:\/\/|mailto:)/i;
const MENTION_LINK = /^person:([0-9a-f-]{36})$/i;
/** `@[Ada Lovelace](person:<id>)`, as quick capture's type-ahead writes a mention. */
const LINKED_MENTION = /@\[([^\]\n]{1,200})\]\(person:([0-9a-f-]{36})\)/gi;

/** What Markdown may produce here; anything else is unwrapped to its text. */
const ALLOWED = [
  'p',
  'br',
  'hr',
  'em',
  'strong',
  'del',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];

/** The page's own origin; `app://farley` in Electron, the harness's address in a browser. */
function ownOrigin(): string | null {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? origin : null;
}

/** Images may come from Farley itself or be embedded; nothing is fetched from the internet. */
export function isLocalImage(src: string): boolean {
  if (LOCAL_IMAGE.test(src)) return true;
  const origin = ownOrigin();
  if (!origin) return false;
  try {
    return new URL(src, `${origin}/`).origin === origin;
  } catch {
    return false;
  }
}

function transformUrl(url: string, key: string): string {
  if (key === 'src') return isLocalImage(url) ? url : '';
  if (key === 'href') return WEB_LINK.test(url) || MENTION_LINK.test(url) ? url : '';
  return '';
}

/** Mentions become links whose text keeps the @, so they read as they were typed. */
function linkMentions(text: string): string {
  return text.replace(
    LINKED_MENTION,
    (_all, name: string, id: string) => `[@${name}](person:${id})`,
  );
}

interface Props {
  text: string;
  /** Opens a mentioned person's dossier; without it mentions are shown as names. */
  onOpenPerson?: (id: string) => void;
  /** The heading level a `# Heading` becomes, so notes fit the outline of the page around them. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

function heading(level: number, children: ReactNode) {
  return createElement(`h${Math.min(6, level)}`, null, children);
}

/**
 * Markdown as the user wrote it, safely: raw HTML is dropped (no script, iframe, style or event
 * attribute can reach the page), only a small set of elements is produced, links go only to the
 * web or mail and open outside Farley, and images load only from Farley itself or the note.
 */
export function SafeMarkdown({ text, onOpenPerson, headingLevel = 3 }: Props) {
  const components: Components = {
    img: ({ src, alt }) =>
      typeof src === 'string' && src && isLocalImage(src) ? (
        <img src={src} alt={alt ?? ''} className="md-image" />
      ) : alt ? (
        <span className="md-blocked" title="Farley does not load images from the internet">
          [{alt}]
        </span>
      ) : null,
    a: ({ href, title, children }) => {
      const mention = href ? MENTION_LINK.exec(href) : null;
      if (mention?.[1]) {
        const id = mention[1].toLowerCase();
        return onOpenPerson ? (
          <button type="button" className="link-button mention" onClick={() => onOpenPerson(id)}>
            {children}
          </button>
        ) : (
          <span className="mention">{children}</span>
        );
      }
      if (!href) return <span>{children}</span>;
      return (
        <a href={href} title={title} target="_blank" rel="noreferrer noopener">
          {children}
        </a>
      );
    },
    h1: ({ children }) => heading(headingLevel, children),
    h2: ({ children }) => heading(headingLevel + 1, children),
    h3: ({ children }) => heading(headingLevel + 2, children),
    h4: ({ children }) => heading(headingLevel + 3, children),
    h5: ({ children }) => heading(headingLevel + 3, children),
    h6: ({ children }) => heading(headingLevel + 3, children),
  };
  return (
    <div className="markdown">
      <Markdown
        components={components}
        urlTransform={transformUrl}
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
      >
        {linkMentions(text)}
      </Markdown>
    </div>
  );
}
