import { type FormEvent, useState } from "react";
import { useIntl } from "react-intl";
import { type MessageId } from "../i18n/messages-en";

/** One labelled field and a button: find a shipment by number, a traveller by name. */
export function LookupForm({
  label,
  button,
  initial,
  onSubmit,
  pattern,
  hint,
}: {
  label: MessageId;
  button: MessageId;
  initial: string;
  onSubmit(value: string): void;
  pattern?: string;
  hint?: MessageId;
}) {
  const intl = useIntl();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onSubmit(value.trim());
  };
  return (
    <form className="toolbar" role="search" onSubmit={submit}>
      <label>
        {intl.formatMessage({ id: label })}
        <input
          type="search"
          value={value}
          required
          pattern={pattern}
          aria-describedby={hint ? "lookup-hint" : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button type="submit" className="primary">
        {intl.formatMessage({ id: button })}
      </button>
      {hint && (
        <span id="lookup-hint" className="hint">
          {intl.formatMessage({ id: hint })}
        </span>
      )}
    </form>
  );
}
