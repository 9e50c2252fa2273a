// Form fields with their label, hint and problems tied together for screen readers
// (aria-describedby, aria-invalid), so every field is announced with what is wrong with it.
import type { ComponentChildren } from 'preact';
import type { Problem } from '../../config/index.ts';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problems?: Problem[];
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'url' | 'email' | 'date';
  autocomplete?: string;
  placeholder?: string;
  required?: boolean;
  inputMode?: 'url' | 'email' | 'text';
}

function describedBy(id: string, hint: string | undefined, problems: Problem[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', problems?.length ? `${id}-problems` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldProblems({ id, problems }: { id: string; problems?: Problem[] }) {
  if (!problems?.length) return null;
  return (
    <ul class="field-problems" id={`${id}-problems`}>
      {problems.map((p) => (
        <li key={`${p.path}${p.message}`}>{p.message}</li>
      ))}
    </ul>
  );
}

/** A field's label (with its "required" mark) and hint, which the field points at. */
function FieldLabel({ id, label, hint, required }: Pick<FieldProps, 'id' | 'label' | 'hint' | 'required'>) {
  return (
    <>
      <label for={id}>
        {label}
        {required && <span class="required"> *</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

export function TextField(props: FieldProps) {
  const { id, label, hint, problems, value, onInput, type = 'text', autocomplete, placeholder, required } = props;
  return (
    <div class="field">
      <FieldLabel id={id} label={label} hint={hint} required={required} />
      <input
        id={id}
        // (Preact types each input type apart; the props here suit all four)
        type={type as 'text'}
        value={value}
        autocomplete={autocomplete ?? 'off'}
        placeholder={placeholder}
        spellcheck={type === 'text'}
        aria-required={required ? 'true' : undefined}
        aria-invalid={problems?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, problems)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldProblems id={id} problems={problems} />
    </div>
  );
}

export function TextArea(props: Omit<FieldProps, 'type'> & { rows?: number; children?: ComponentChildren }) {
  const { id, label, hint, problems, value, onInput, rows = 6, placeholder, required } = props;
  return (
    <div class="field">
      <FieldLabel id={id} label={label} hint={hint} required={required} />
      <textarea
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-required={required ? 'true' : undefined}
        aria-invalid={problems?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, problems)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldProblems id={id} problems={problems} />
      {props.children}
    </div>
  );
}
