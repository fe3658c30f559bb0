import type { Briefing } from '../../../../shared/domain/briefing';
import { isIsoDate, longDate, nearDayName } from '../../calendar/dates';
import { systemTimeZone } from '../../calendar/useNow';
import { ExportToolbar } from './ExportToolbar';

interface Props {
  date: string;
  today: string;
  timeZone: string;
  /** The day's briefing once known, for the export buttons. */
  briefing: Briefing | null;
  onStep: (days: number) => void;
  onToday: () => void;
  onDate: (date: string) => void;
}

/** The day shown, the controls to move through days, and the ways to take the briefing along. */
export function BriefingHeader({
  date,
  today,
  timeZone,
  briefing,
  onStep,
  onToday,
  onDate,
}: Props) {
  const near = nearDayName(date, today);
  const foreignZone = timeZone !== systemTimeZone();
  return (
    <header className="brief-header">
      <div className="brief-heading">
        <h1>
          {longDate(date)}
          {near && <span className="brief-near">{near}</span>}
        </h1>
        <p className="brief-subtitle muted">
          Briefing
          {foreignZone && ` · Times in ${timeZone.replace(/_/g, ' ')}`}
        </p>
      </div>
      <div className="brief-controls">
        <div className="brief-nav" role="group" aria-label="Move by day">
          <button
            type="button"
            aria-label="Previous day"
            title="Previous day (←)"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => onStep(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            title="Today (T)"
            aria-keyshortcuts="T"
            className={date === today ? 'brief-today current' : 'brief-today'}
            onClick={onToday}
          >
            Today
          </button>
          <button
            type="button"
            aria-label="Next day"
            title="Next day (→)"
            aria-keyshortcuts="ArrowRight"
            onClick={() => onStep(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <input
          type="date"
          className="brief-date"
          aria-label="Date"
          value={date}
          required
          onChange={(event) => {
            if (isIsoDate(event.target.value)) onDate(event.target.value);
          }}
        />
        <ExportToolbar briefing={briefing} />
      </div>
    </header>
  );
}
