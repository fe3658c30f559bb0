import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/domain/search';
import { useUiStore } from '../../stores/uiStore';
import { Avatar } from '../people/Avatar';
import './palette.css';
import { matchActions, paletteActions, type PaletteAction } from './paletteActions';
import { plainSnippet, Snippet } from './Snippet';
import { useSearchHits } from './useSearchHits';

type Item = { key: string; hit: SearchHit } | { key: string; action: PaletteAction };

function HitRow({ hit }: { hit: SearchHit }) {
  const plain = plainSnippet(hit.snippet);
  const showSnippet = hit.snippet.includes('[[') && plain !== hit.title && plain !== hit.subtitle;
  return (
    <>
      {hit.kind === 'person' ? (
        <Avatar name={hit.title} />
      ) : (
        <span className="avatar org-mark" aria-hidden="true">
          {hit.title.trim().charAt(0).toUpperCase() || '?'}
        </span>
      )}
      <span className="row-text">
        <span className="row-title">{hit.title}</span>
        {hit.subtitle && <span className="row-sub">{hit.subtitle}</span>}
        {showSnippet && (
          <span className="row-sub snippet">
            <Snippet text={hit.snippet} />
          </span>
        )}
      </span>
      <span className="palette-kind">{hit.kind === 'person' ? 'Person' : 'Organization'}</span>
    </>
  );
}

function ActionRow({ action }: { action: PaletteAction }) {
  return (
    <>
      <span className="avatar action-mark" aria-hidden="true">
        ›
      </span>
      <span className="row-text">
        <span className="row-title">{action.title}</span>
      </span>
      {action.shortcut ? (
        <kbd>{action.shortcut}</kbd>
      ) : (
        <span className="palette-kind">Action</span>
      )}
    </>
  );
}

/**
 * ⌘K / Ctrl+K: find anyone or anything by any word in their file, or run an action. Focus stays
 * in the input; ↑/↓ move through the results and Enter opens.
 */
export function CommandPalette() {
  const [text, setText] = useState('');
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [returnFocus] = useState(() => document.activeElement);
  const listRef = useRef<HTMLUListElement>(null);
  const { hits, error, settled } = useSearchHits(text);
  const actions = useMemo(() => paletteActions(), []);
  const ui = useUiStore.getState;

  const { leading, trailing } = matchActions(actions, text);
  const items: Item[] = [
    ...leading.map((action) => ({ key: `action-${action.id}`, action })),
    ...hits.map((hit) => ({ key: `${hit.kind}-${hit.id}`, hit })),
    ...trailing.map((action) => ({ key: `action-${action.id}`, action })),
  ];
  const found = items.findIndex((item) => item.key === activeKey);
  const activeIndex = found >= 0 ? found : items.length > 0 ? 0 : -1;
  const active = items[activeIndex];

  useEffect(() => {
    return () => {
      // Back to where the user was, unless what they chose put focus somewhere on purpose.
      if (returnFocus instanceof HTMLElement && document.activeElement === document.body) {
        returnFocus.focus();
      }
    };
  }, [returnFocus]);

  useEffect(() => {
    if (!active) return;
    listRef.current
      ?.querySelector(`#palette-${CSS.escape(active.key)}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => ui().setPaletteOpen(false);

  const choose = (item: Item) => {
    close();
    if ('action' in item) item.action.run();
    else if (item.hit.kind === 'person') ui().openPerson(item.hit.id);
    else ui().openOrganization(item.hit.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = (delta: number) => {
      event.preventDefault();
      if (items.length === 0) return;
      const next = (activeIndex + delta + items.length) % items.length;
      setActiveKey(items[next]?.key ?? null);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) choose(active);
    } else if (event.key === 'Tab') {
      // The input is the only stop inside the dialog.
      event.preventDefault();
    }
  };

  const trimmed = text.trim();
  const nothing = trimmed && settled && !error && items.length === 0;

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          className="palette-input"
          autoFocus
          role="combobox"
          aria-label="Search people, organizations and actions"
          aria-expanded={items.length > 0}
          aria-controls="palette-results"
          aria-autocomplete="list"
          aria-activedescendant={active ? `palette-${active.key}` : undefined}
          placeholder="Search people, organizations, notes… or type a command"
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActiveKey(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          ref={listRef}
          id="palette-results"
          className="palette-results"
          role="listbox"
          aria-label="Results"
        >
          {items.map((item, index) => (
            <li
              key={item.key}
              id={`palette-${item.key}`}
              role="option"
              aria-selected={index === activeIndex}
              onMouseMove={() => {
                if (index !== activeIndex) setActiveKey(item.key);
              }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item)}
            >
              {'action' in item ? <ActionRow action={item.action} /> : <HitRow hit={item.hit} />}
            </li>
          ))}
        </ul>
        {error && (
          <p className="palette-note error" role="alert">
            {error}
          </p>
        )}
        {nothing && (
          <p className="palette-note" role="status">
            Nothing in your files matches “{trimmed}”.
          </p>
        )}
        {!trimmed && (
          <p className="palette-note">Type a name, a company, or any word from a file.</p>
        )}
        <footer className="palette-footer muted" aria-hidden="true">
          <span>
            <kbd>↑</kbd> <kbd>↓</kbd> move
          </span>
          <span>
            <kbd>Enter</kbd> open
          </span>
          <span>
            <kbd>Esc</kbd> close
          </span>
        </footer>
      </div>
    </div>
  );
}
