import { ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import styles from './multi-select.module.css';

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}

/**
 * A filter button that opens a group of checkboxes (a disclosure, not an ARIA menu: checkboxes are plain form
 * controls, reached with Tab). Escape or a click outside closes it and keeps the choice.
 */
export function MultiSelect<T extends string>({ label, options, selected, onChange }: Props<T>) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = (value: T, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the options' order so the URL does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  const summary = selected.length === 1 ? options.find((o) => o.value === selected[0])?.label : undefined;

  return (
    <div
      ref={wrapper}
      className={styles.wrapper}
      onBlur={(e) => {
        if (open && !wrapper.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={styles.trigger}
        data-active={selected.length > 0 || undefined}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {/* One inline run, so the button's name reads "Type: SOC report", not "Type : SOC report". */}
        <span>
          {label}
          {summary && <span className={styles.value}>: {summary}</span>}
        </span>
        {selected.length > 1 && (
          <span className={styles.count}>
            {selected.length}
            <span className="visually-hidden"> selected</span>
          </span>
        )}
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <fieldset className={styles.group}>
          <legend className="visually-hidden">{label}</legend>
          {options.map((o) => (
            <label key={o.value} className={styles.option}>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        {selected.length > 0 && (
          <button type="button" className={styles.clear} onClick={() => onChange([])}>
            Clear {label.toLowerCase()}
          </button>
        )}
      </div>
    </div>
  );
}
