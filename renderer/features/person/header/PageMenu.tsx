import { useRef, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { usePersonStore } from '../../../stores/personStore';

interface Props {
  person: Person;
  onMerge: () => void;
}

/** The "…" menu of a dossier: merge with someone, archive or restore. */
export function PageMenu({ person, onMerge }: Props) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const archived = person.archivedAt !== null;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const items = [
    { label: 'Merge with…', run: onMerge },
    {
      label: archived ? 'Restore' : 'Archive',
      run: async () => {
        const store = usePersonStore.getState();
        const result = archived ? await store.restore(person.id) : await store.archive(person.id);
        setProblem(result.ok ? null : result.error.message);
      },
    },
  ];

  const focusItem = (index: number) => {
    const buttons = menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (!buttons?.length) return;
    buttons.item((index + buttons.length) % buttons.length).focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(menuRef.current?.querySelectorAll('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as Element);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(current + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusItem(current - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div
      className="page-menu"
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) {
          setOpen(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button menu-button"
        aria-label="Person actions"
        title="More actions"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={menuRef}
          role="menu"
          aria-label="Person actions"
          className="menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="menu-item"
              autoFocus={index === 0}
              onClick={() => {
                close(true);
                void item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
