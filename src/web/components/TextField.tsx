import { useId, type InputHTMLAttributes } from "react";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value" | "className">;

/**
 * A labelled text input in the form-field layout: the label names it for screen readers, `hint`
 * (shown under it) is read with it. `onValue` gets the text, not the event.
 */
export function TextField({
  label,
  value,
  onValue,
  hint,
  ...input
}: InputProps & { label: string; value: string; onValue: (value: string) => void; hint?: React.ReactNode }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-field"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        {...(hint ? { "aria-describedby": `${id}-hint` } : {})}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The server's refusal of a form, said once where the form is; nothing while there is none. */
export function FormError({ error, className = "text-danger" }: { error: Error | null; className?: string }) {
  return error ? (
    <p role="alert" className={className}>
      {error.message}
    </p>
  ) : null;
}
