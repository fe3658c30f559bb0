import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  total: number;
  shown: number;
  /** What an empty group says: briefly, and what would put something here. */
  empty: string;
  /** Where "and N more" leads; without it the words stay plain text. */
  more?: { label: string; onOpen: () => void };
  children: ReactNode;
}

/** One group of the Today panel: a heading with its count, the first items, and the rest. */
export function TodayGroup({ title, total, shown, empty, more, children }: Props) {
  const headingId = useId();
  const rest = total - shown;
  const restText = `and ${rest} more`;
  return (
    <section className="today-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {total > 0 && <span className="today-count">{total}</span>}
      </h3>
      {total === 0 ? (
        <p className="today-empty muted">{empty}</p>
      ) : (
        <ul className="stack-list" aria-label={title}>
          {children}
        </ul>
      )}
      {rest > 0 &&
        (more ? (
          <button
            type="button"
            className="link-button today-more"
            data-today-stop
            aria-label={`${restText}: ${more.label}`}
            onClick={more.onOpen}
          >
            {restText}
          </button>
        ) : (
          <p className="today-more muted">{restText}</p>
        ))}
    </section>
  );
}
