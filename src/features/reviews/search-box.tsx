import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import styles from './review-filters.module.css';

const DEBOUNCE_MS = 250;

/**
 * The search text lives in the URL (`q`), but typing must not wait for it: the box keeps its own text and
 * writes it to the URL 250 ms after the last keystroke. When the URL changes from elsewhere (Back, Clear
 * filters), the box follows it.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const written = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      clearTimeout(timer.current);
      setText(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      written.current = next;
      onSearch(next);
    }, DEBOUNCE_MS);
  };

  return (
    <div className={styles.search}>
      <label htmlFor="review-search" className="visually-hidden">
        Search
      </label>
      <Search size={15} className={styles.searchIcon} aria-hidden="true" />
      <input
        id="review-search"
        type="search"
        placeholder="Search titles and vendors"
        value={text}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          // Enter is not needed, but it should not wait for the debounce either.
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            written.current = text;
            onSearch(text);
          }
        }}
      />
    </div>
  );
}
