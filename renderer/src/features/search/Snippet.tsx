import { highlight } from './highlight';

/** The hit's excerpt with the searched words marked (whatever accents the clerk typed). */
export function Snippet({ text, query }: { text: string; query: string }) {
  return (
    <span className="search-snippet" data-testid="search-snippet">
      {highlight(text, query).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
