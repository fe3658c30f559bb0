import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/domain/search';
import { call } from '../../api';

interface HitsState {
  /** The text these hits answer; the hits stay on screen until a newer answer replaces them. */
  text: string;
  hits: SearchHit[];
  error: string | null;
}

/**
 * Ranked people and organizations for the text, asked on every keystroke. An answer that
 * arrives after a newer question was asked is dropped, so typing never shows stale results.
 */
export function useSearchHits(text: string): HitsState & { settled: boolean } {
  const [state, setState] = useState<HitsState>({ text: '', hits: [], error: null });
  const latest = useRef(0);
  const trimmed = text.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    if (!trimmed) return;
    void call('search.query', { text: trimmed, limit: 20 }).then((result) => {
      if (ticket !== latest.current) return;
      setState(
        result.ok
          ? { text: trimmed, hits: result.data, error: null }
          : { text: trimmed, hits: [], error: result.error.message },
      );
    });
  }, [trimmed]);

  if (!trimmed) return { text: '', hits: [], error: null, settled: true };
  return { ...state, settled: state.text === trimmed };
}
