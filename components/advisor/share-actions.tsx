import type { ReactNode } from "react";
import type { AdvisorModel } from "@/lib/advisor/rank";
import { CopyLinkButton } from "@/components/ui/copy-link-button";
import { DecisionRecordButton, type RecordWorkload } from "./decision-record-button";
import { BUTTON } from "./styles";
import type { AdvisorData } from "./types";

/**
 * What a reader does with a result or a plan: copy its link, download its decision record,
 * print it; `children` adds the view's own buttons after them.
 */
export function ShareActions({
  data,
  model,
  workloads,
  query,
  label,
  disabled,
  children,
}: {
  data: AdvisorData;
  model: AdvisorModel;
  workloads: readonly RecordWorkload[];
  /** The query that reproduces the view, from `?`. */
  query: string;
  /** The copy button's text, e.g. "Copy link to this plan". */
  label: string;
  disabled: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <CopyLinkButton query={query} className={BUTTON} disabled={disabled} label={label} />
      <DecisionRecordButton
        data={data}
        model={model}
        workloads={workloads}
        query={query}
        className={BUTTON}
        disabled={disabled}
      />
      <button type="button" className={BUTTON} disabled={disabled} onClick={() => window.print()}>
        Print
      </button>
      {children}
    </div>
  );
}
