import {
  ArrangementListDocument,
  ResumeArrangementDocument,
  SuspendArrangementDocument,
} from "@frontera/operations/src/generated/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { operationName } from "../../graphql/run-operation";
import { useGraphMutation } from "../../graphql/use-graph";
import { RequestFailed } from "../../layout/status";
import { type Arrangement } from "./arrangements-page";

/**
 * Suspends an active arrangement or resumes a suspended one, with a reason kept in its history.
 * Each submission carries its own idempotency key: a retry of the same click writes once.
 */
export function ArrangementActionForm({ arrangement }: { arrangement: Arrangement }) {
  const intl = useIntl();
  const queries = useQueryClient();
  const [reason, setReason] = useState("");
  const suspending = arrangement.status === "ACTIVE";
  const refresh = () => queries.invalidateQueries({ queryKey: [operationName(ArrangementListDocument)] });
  const suspend = useGraphMutation(SuspendArrangementDocument, refresh);
  const resume = useGraphMutation(ResumeArrangementDocument, refresh);
  const mutation = suspending ? suspend : resume;
  const userErrors = suspending
    ? suspend.data?.data?.suspendArrangement?.userErrors
    : resume.data?.data?.resumeArrangement?.userErrors;

  if (arrangement.status !== "ACTIVE" && arrangement.status !== "SUSPENDED") return null;
  const inputId = `reason-${arrangement.arrangementId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const variables = { id: arrangement.id, reason: reason.trim(), idempotencyKey: crypto.randomUUID() };
    mutation.mutate(variables, { onSuccess: () => setReason("") });
  };
  return (
    <form className="toolbar action" onSubmit={submit}>
      <label htmlFor={inputId}>
        <FormattedMessage id={suspending ? "arrangements.suspendReason" : "arrangements.resumeReason"} />
      </label>
      <input
        id={inputId}
        type="text"
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className={suspending ? "danger" : "primary"} disabled={mutation.isPending}>
        {intl.formatMessage(
          { id: suspending ? "arrangements.suspend" : "arrangements.resume" },
          { id: arrangement.arrangementId },
        )}
      </button>
      {mutation.isError && <RequestFailed error={mutation.error} />}
      {userErrors?.map((error) => (
        <p key={error.code} role="alert" className="error">
          <FormattedMessage id={`arrangements.error.${error.code}`} />
        </p>
      ))}
    </form>
  );
}
