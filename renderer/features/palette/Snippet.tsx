/** Renders text where the search marked matched words as [[word]], with those words in <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[(.*?)\]\]/g);
  return (
    <>
      {parts.map((part, i) =>
        // Odd parts are the captured matches.
        i % 2 === 1 ? <mark key={i}>{part}</mark> : part,
      )}
    </>
  );
}

/** The snippet without its marks, to compare with a title or subtitle. */
export function plainSnippet(text: string): string {
  return text.replace(/\[\[|\]\]/g, '');
}
