import { useEffect, useId, useRef } from 'react';
import { useUiStore } from '../../stores/uiStore';
import { WhoKnowsList } from './WhoKnowsList';
import { useWhoKnowsStore } from './whoKnowsStore';

/**
 * "Who do I know at…": an organization's name or an email domain in, the people there out. A
 * native modal <dialog>: focus stays inside, Escape closes it, Enter searches.
 */
export function WhoKnowsDialog() {
  const open = useWhoKnowsStore((s) => s.open);
  return open ? <OpenDialog /> : null;
}

function OpenDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const text = useWhoKnowsStore((s) => s.text);
  const search = useWhoKnowsStore((s) => s.search);
  const store = useWhoKnowsStore.getState;
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.select();
    return () => dialog?.close();
  }, []);

  const openPerson = (id: string) => {
    store().close();
    useUiStore.getState().openPerson(id);
  };

  return (
    <dialog
      ref={dialogRef}
      className="who-knows-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        store().close();
      }}
    >
      <h2 id={titleId}>Who do I know at…</h2>
      <form
        className="who-knows-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void store().run();
        }}
      >
        <input
          ref={inputRef}
          type="text"
          aria-label="Organization or email domain"
          placeholder="Initech, or initech.com"
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => store().setText(e.target.value)}
          onKeyDown={(e) => {
            // ↓ goes on to the first person found.
            if (e.key !== 'ArrowDown') return;
            const first = dialogRef.current?.querySelector<HTMLButtonElement>('.who-person');
            if (!first) return;
            e.preventDefault();
            first.focus();
          }}
        />
        <button type="submit" className="primary" disabled={!text.trim()}>
          Search
        </button>
      </form>
      <div aria-live="polite" aria-busy={search.status === 'loading'}>
        {search.status === 'idle' && (
          <p className="muted">
            Type an organization’s name or an email domain and press Enter: you see the people
            there, your warmest ties first, and who could introduce you to the others.
          </p>
        )}
        {search.status === 'loading' && <p className="muted">Working out who knows whom…</p>}
        {search.status === 'failed' && (
          <p className="field-error" role="alert">
            {search.error}
          </p>
        )}
        {search.status === 'ready' && (
          <>
            {search.result.organization && (
              <p className="who-knows-found muted">
                {search.result.organization.name}
                {search.result.organization.domains.length > 0 &&
                  ` · ${search.result.organization.domains.join(', ')}`}
              </p>
            )}
            <WhoKnowsList result={search.result} searched={search.text} onOpenPerson={openPerson} />
          </>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={() => store().close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
