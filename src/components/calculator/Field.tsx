/** A labelled text input for a number, with its hint and its inline error tied to it. */
interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  error?: string | undefined;
  hint?: string;
  unit?: string;
  /** 'decimal' for numbers (phone keypad), 'text' for names. */
  mode?: 'decimal' | 'text';
  maxLength?: number;
}

export const errorId = (id: string) => `${id}-error`;

export function Field({ id, label, value, onInput, error, hint, unit, mode = 'decimal', maxLength }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [error ? errorId(id) : undefined, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <span class="calc-input-row">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={mode}
          autoComplete="off"
          spellcheck={false}
          maxLength={maxLength}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
        />
        {unit && <span class="calc-unit">{unit}</span>}
      </span>
      {error && (
        <p id={errorId(id)} class="calc-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} class="calc-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
