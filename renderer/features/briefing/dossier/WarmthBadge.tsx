import type { BriefingDossier } from '../../../../shared/domain/briefing';

/** Bands of the 0–100 score, for the badge's colour only: the number is always shown. */
function bandOf(score: number): 'warm' | 'mild' | 'cool' {
  if (score >= 60) return 'warm';
  if (score >= 30) return 'mild';
  return 'cool';
}

/**
 * How warm the tie with an attendee is, as a compact number beside their name; the sentence
 * behind it ("12 interactions in 90 days, last 3 days ago") is its accessible name and tooltip.
 */
export function WarmthBadge({ warmth }: { warmth: NonNullable<BriefingDossier['warmth']> }) {
  const words = `Warmth ${warmth.score}: ${warmth.explanation}`;
  return (
    <span
      className={`brief-warmth ${bandOf(warmth.score)}`}
      role="img"
      aria-label={words}
      title={words}
      data-explanation={warmth.explanation}
    >
      {warmth.score}
    </span>
  );
}
