import { useEffect, useRef, useState } from 'react';
import type { WhoKnowsResult } from '../../../shared/domain/insights';
import { call } from '../../api';
import { WhoKnowsList } from '../whoKnows/WhoKnowsList';

type Lookup =
  | { status: 'loading' }
  | { status: 'ready'; result: WhoKnowsResult }
  | { status: 'failed'; error: string };

/** A renamed organization is looked up again once the name has stood still this long. */
const RENAME_DELAY_MS = 300;

/**
 * Who you know at this organization, warmest first, and for the cold ties who could introduce
 * you. Read after the page shows: the first read after a change can take a few seconds.
 */
export function WhoKnowsSection({
  name,
  onOpenPerson,
}: {
  name: string;
  onOpenPerson: (id: string) => void;
}) {
  const [attempt, setAttempt] = useState(0);
  // The answer is kept with what it answers, so a new name or a retry reads as loading.
  const key = `${attempt}:${name}`;
  const [answer, setAnswer] = useState<{ key: string; lookup: Lookup } | null>(null);
  const lookup: Lookup = answer?.key === key ? answer.lookup : { status: 'loading' };
  const first = useRef(true);

  useEffect(() => {
    if (!name.trim()) return undefined;
    let current = true;
    const delay = first.current ? 0 : RENAME_DELAY_MS;
    first.current = false;
    const timer = setTimeout(() => {
      void call('insights.whoKnows', { text: name }).then((result) => {
        if (!current) return;
        setAnswer({
          key,
          lookup: result.ok
            ? { status: 'ready', result: result.data }
            : { status: 'failed', error: result.error.message },
        });
      });
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, key]);

  if (!name.trim()) return null;
  return (
    <section className="org-who-knows" aria-labelledby="org-who-knows-heading">
      <h2 id="org-who-knows-heading">Who you know there</h2>
      <div aria-busy={lookup.status === 'loading'}>
        {lookup.status === 'loading' && <p className="muted">Working out who knows whom…</p>}
        {lookup.status === 'failed' && (
          <p className="field-error" role="alert">
            {lookup.error}{' '}
            <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </p>
        )}
        {lookup.status === 'ready' && (
          <WhoKnowsList result={lookup.result} searched={name} onOpenPerson={onOpenPerson} />
        )}
      </div>
    </section>
  );
}
