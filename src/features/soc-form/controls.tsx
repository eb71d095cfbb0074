import { cloneElement, useId, type ReactElement, type ReactNode, type Ref } from 'react';
import styles from './soc-form.module.css';

export function RequiredMark() {
  return <span className={styles.requiredMark}>(required to finalize)</span>;
}

/** The fieldset around a radio or checkbox group: legend (its accessible name), hint, choices, error. */
function GroupFrame(props: {
  legend: string;
  required?: boolean | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className={styles.group} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend className={styles.groupLegend}>
        {props.legend}
        {props.required && <RequiredMark />}
      </legend>
      {props.hint && <p className={styles.hint}>{props.hint}</p>}
      <div className={styles.choices}>{props.children}</div>
      {props.error && (
        <span id={`${id}-error`} className={styles.error}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}

interface ChoiceGroupProps<V> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  /** react-hook-form's ref, so setFocus (and focus on a validation error) reaches the group. */
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

/** A radio group for a single choice; values may be enums, booleans or null ("Not answered"). */
export function ChoiceGroup<V>(props: ChoiceGroupProps<V>) {
  const name = useId();
  const current = props.value === undefined ? null : props.value;
  const selected = props.options.findIndex((o) => o.value === current);
  return (
    <GroupFrame legend={props.legend} required={props.required} hint={props.hint} error={props.error}>
      {props.options.map((option, i) => (
        <label key={option.label} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={String(i)}
            checked={selected === i}
            ref={i === Math.max(selected, 0) ? props.inputRef : undefined}
            aria-invalid={props.error ? true : undefined}
            onChange={() => props.onChange(option.value)}
            onBlur={props.onBlur}
          />
          {option.label}
        </label>
      ))}
    </GroupFrame>
  );
}

interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[] | null | undefined;
  onChange: (value: V[]) => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

/** Several choices; the value keeps the options' order whatever the order of clicks. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const chosen = new Set(props.value ?? []);
  const toggle = (v: V) => {
    const next = new Set(chosen);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    props.onChange(props.options.map((o) => o.value).filter((o) => next.has(o)));
  };
  return (
    <GroupFrame legend={props.legend} required={props.required} hint={props.hint} error={props.error}>
      {props.options.map((option, i) => (
        <label key={option.value} className={styles.choice}>
          <input
            type="checkbox"
            checked={chosen.has(option.value)}
            ref={i === 0 ? props.inputRef : undefined}
            onChange={() => toggle(option.value)}
          />
          {option.label}
        </label>
      ))}
    </GroupFrame>
  );
}

/** A list row's input: its label is read by assistive tech ("Finding 2 description") but not shown. */
export function RowField(props: {
  label: string;
  error?: string | undefined;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const control = cloneElement(props.children, {
    id,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${id}-error` : undefined,
  });
  return (
    <div className={styles.rowField}>
      <label htmlFor={id} className="visually-hidden">
        {props.label}
      </label>
      {control}
      {props.error && (
        <span id={`${id}-error`} className={styles.error}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export const YES_NO_UNANSWERED = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not answered' },
] as const;
