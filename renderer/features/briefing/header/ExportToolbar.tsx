import { useEffect, useState } from 'react';
import { briefingMarkdown } from '../../../../shared/briefing/briefingMarkdown';
import type { Briefing } from '../../../../shared/domain/briefing';
import { call } from '../../../api';
import { useBriefingStore, withLocalPrep } from '../../../stores/briefingStore';
import { copyText } from './copyText';

type Outcome = { kind: 'done' | 'failed'; text: string } | null;

/** How long a confirmation stays before it fades from the toolbar. */
const CONFIRMATION_MS = 5_000;

/** The briefing as shown, prep notes typed a moment ago included. */
function currentBriefing(briefing: Briefing): Briefing {
  return withLocalPrep(briefing, useBriefingStore.getState().prep);
}

/** Take the briefing along: Markdown on the clipboard or in a file, or a printed PDF. */
export function ExportToolbar({ briefing }: { briefing: Briefing | null }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (outcome?.kind !== 'done') return;
    const timer = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const run = async (action: (briefing: Briefing) => Promise<Outcome>) => {
    if (!briefing || busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await action(currentBriefing(briefing)));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (shown: Briefing): Promise<Outcome> =>
    (await copyText(briefingMarkdown(shown)))
      ? { kind: 'done', text: 'Copied as Markdown' }
      : { kind: 'failed', text: 'Could not reach the clipboard. Try “Save Markdown…”.' };

  const save = async (shown: Briefing): Promise<Outcome> => {
    const result = await call('shell.saveText', {
      title: 'Save the briefing as Markdown',
      defaultName: `briefing-${shown.date}.md`,
      text: briefingMarkdown(shown),
      extensions: ['md'],
    });
    if (!result.ok) return { kind: 'failed', text: result.error.message };
    return result.data.path ? { kind: 'done', text: `Saved to ${result.data.path}` } : null;
  };

  const print = async (shown: Briefing): Promise<Outcome> => {
    // What prints is what is kept: pending prep notes are saved first.
    await useBriefingStore.getState().flushPrep();
    const result = await call('shell.printToPdf', { defaultName: `briefing-${shown.date}.pdf` });
    if (!result.ok) return { kind: 'failed', text: result.error.message };
    return result.data.path ? { kind: 'done', text: `Saved PDF to ${result.data.path}` } : null;
  };

  const disabled = !briefing || busy;
  return (
    <div className="brief-toolbar" role="toolbar" aria-label="Export">
      <button type="button" disabled={disabled} onClick={() => void run(copy)}>
        Copy as Markdown
      </button>
      <button type="button" disabled={disabled} onClick={() => void run(save)}>
        Save Markdown…
      </button>
      <button type="button" disabled={disabled} onClick={() => void run(print)}>
        Print / PDF…
      </button>
      <span
        className={
          outcome?.kind === 'failed' ? 'brief-export-status failed' : 'brief-export-status'
        }
        role={outcome?.kind === 'failed' ? 'alert' : 'status'}
      >
        {outcome?.text ?? ''}
      </span>
    </div>
  );
}
