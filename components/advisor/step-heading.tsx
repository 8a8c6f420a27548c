import type { ReactNode, RefObject } from "react";
import { BUTTON } from "./styles";
import type { AdvisorActions } from "./types";

/** A step's heading: focusable by script, so focus lands on it when the step changes. */
export function StepHeading({
  headingRef,
  id,
  className = "text-2xl font-semibold tracking-tight",
  children,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <h2 ref={headingRef} id={id} tabIndex={-1} className={`${className} focus:outline-none`}>
      {children}
    </h2>
  );
}

/** Back to the previous step (the start page before the first question). */
export function BackButton({ actions, to }: { actions?: AdvisorActions; to: string | null }) {
  return (
    <button type="button" className={BUTTON} disabled={!actions} onClick={() => actions?.go(to)}>
      Back
    </button>
  );
}
