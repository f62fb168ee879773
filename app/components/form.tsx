// One way to build a form field: label, hint and error tied together with
// aria-describedby, and an error summary at the top that links to each field
// (the GOV.UK pattern people already know).
import type { ReactNode } from "react";
import type { FieldErrors, FormErrorCode } from "~/web/forms";
import { useT } from "~/i18n";

export function fieldId(name: string): string {
  return `field-${name}`;
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function ErrorMessage({ id, code, message }: { id: string; code?: FormErrorCode; message?: string }) {
  const d = useT();
  if (!code && !message) return null;
  return (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">{d.formErrors.prefix} </span>
      {message ?? (code ? d.formErrors[code] : "")}
    </p>
  );
}

interface FieldProps {
  name: string;
  /** When one page repeats a field name in several forms; defaults to field-<name>. */
  id?: string;
  label: string;
  hint?: ReactNode;
  error?: FormErrorCode;
  /** A sentence that replaces the generic one for `error`. */
  errorMessage?: string;
}

export function TextField({
  name,
  id: idProp,
  label,
  hint,
  error,
  errorMessage,
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  required,
}: FieldProps & {
  defaultValue?: string;
  type?: "text" | "email" | "url" | "date" | "time";
  autoComplete?: string;
  maxLength?: number;
  required?: boolean;
}) {
  const id = idProp ?? fieldId(name);
  const invalid = Boolean(error || errorMessage);
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorMessage id={id} code={error} message={errorMessage} />
      <input
        className="field__input"
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        maxLength={maxLength}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
        spellCheck={type === "text" ? undefined : false}
      />
    </div>
  );
}

export function TextAreaField({
  name,
  id: idProp,
  label,
  hint,
  error,
  errorMessage,
  defaultValue,
  value,
  onChange,
  rows = 6,
  maxLength,
  after,
}: FieldProps & {
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  rows?: number;
  maxLength?: number;
  /** Shown under the box and announced with it (e.g. a live word count). */
  after?: ReactNode;
}) {
  const id = idProp ?? fieldId(name);
  const invalid = Boolean(error || errorMessage);
  const extra = after ? ` ${id}-after` : "";
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorMessage id={id} code={error} message={errorMessage} />
      <textarea
        className="field__input field__textarea"
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        {...(onChange ? { value, onChange: (e) => onChange(e.target.value) } : { defaultValue })}
        aria-invalid={invalid || undefined}
        aria-describedby={(describedBy(id, Boolean(hint), invalid) ?? "") + extra || undefined}
      />
      {after ? <div id={`${id}-after`}>{after}</div> : null}
    </div>
  );
}

export function RadioGroup({
  name,
  id: idProp,
  legend,
  hint,
  error,
  errorMessage,
  options,
  defaultValue,
  inline,
}: Omit<FieldProps, "label"> & {
  legend: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  inline?: boolean;
}) {
  const id = idProp ?? fieldId(name);
  const invalid = Boolean(error || errorMessage);
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <fieldset className="field__fieldset" id={id} aria-describedby={describedBy(id, Boolean(hint), invalid)}>
        <legend className="field__label">{legend}</legend>
        {hint ? (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        <ErrorMessage id={id} code={error} message={errorMessage} />
        <div className={inline ? "radios radios--inline" : "radios"}>
          {options.map((option) => (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                id={`${id}-${option.value}`}
                name={name}
                value={option.value}
                defaultChecked={defaultValue === option.value}
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function SelectField({
  name,
  id: idProp,
  label,
  hint,
  error,
  options,
  defaultValue,
  placeholder,
}: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string; placeholder: string }) {
  const id = idProp ?? fieldId(name);
  const invalid = Boolean(error);
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorMessage id={id} code={error} />
      <select
        className="field__input field__select"
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list of problems at the top of a form, each linking to its field. Focused on arrival. */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }) {
  const d = useT();
  const entries = Object.entries(errors).filter(([, code]) => code);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{d.formErrors.summaryTitle}</h2>
      <ul>
        {entries.map(([name, code]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>
              {labels[name] ? `${labels[name]} — ` : ""}
              {code ? d.formErrors[code] : ""}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message after an action: confirmation or problem, announced politely. */
export function Banner({ kind, title, children }: { kind: "success" | "warning" | "info"; title?: string; children: ReactNode }) {
  return (
    <div className={`banner banner--${kind}`} role={kind === "warning" ? "alert" : "status"}>
      {title ? <p className="banner__title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
