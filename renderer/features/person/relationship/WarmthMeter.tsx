import type { Warmth } from '../../../../shared/domain/insights';
import './relationship.css';

/** A 0–100 bar with its number; screen readers hear it as a meter named "Warmth". */
export function WarmthBar({ score, label = 'Warmth' }: { score: number; label?: string }) {
  return (
    <span
      className="warmth-bar"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={`${score} of 100`}
    >
      <span className="warmth-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
    </span>
  );
}

/** The score, the sentence that explains it and the points each part adds. */
export function WarmthSummary({ warmth }: { warmth: Warmth }) {
  return (
    <div className="warmth">
      <div className="warmth-head">
        <span className="warmth-score" aria-hidden="true">
          {warmth.score}
        </span>
        <div className="warmth-text">
          <WarmthBar score={warmth.score} />
          <p className="warmth-explanation">{warmth.explanation}</p>
        </div>
      </div>
      {/* With no contact at all every part is 0: the sentence says it better. */}
      {warmth.parts.some((part) => part.points !== 0) && (
        <ul className="warmth-parts" aria-label="How warmth adds up">
          {warmth.parts.map((part) => (
            <li key={part.label}>
              <span>{part.label}</span>
              <span className="warmth-points">
                {part.points > 0 ? '+' : ''}
                {part.points}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
