import type { Priority } from "@/lib/advisor/priorities";
import type { FlowStep, Place } from "@/lib/advisor/steps";
import { ImportancePickers } from "./importance-picker";
import { BackButton, StepHeading } from "./step-heading";
import { PRIMARY } from "./styles";
import type { StepProps } from "./types";

/** One group of needs (a category's factors), each with its importance preset from the answers. */
export function NeedsStep({
  actions,
  headingRef,
  step,
  place,
  priorities,
  presetFrom,
}: StepProps & {
  step: Extract<FlowStep, { kind: "needs" }>;
  place: Place;
  priorities: ReadonlyMap<string, Priority>;
  presetFrom: (p: Priority) => string;
}) {
  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        actions?.go(place.next);
      }}
    >
      <div className="space-y-2">
        <StepHeading headingRef={headingRef}>
          {step.category.name}: how much does each need matter?
        </StepHeading>
        <p className="text-muted">
          Preset from your answers; change any of them. A must-have rules out an option only where
          its source states the option cannot meet it.
        </p>
      </div>
      <div className="space-y-3">
        <ImportancePickers
          factors={step.factors}
          priorities={priorities}
          presetFrom={presetFrom}
          actions={actions}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <BackButton actions={actions} to={place.previous} />
        <button type="submit" className={PRIMARY} disabled={!actions}>
          {place.next === "result" ? "See the result" : "Next"}
        </button>
      </div>
    </form>
  );
}
