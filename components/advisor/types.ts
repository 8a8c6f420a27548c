import type { ReactNode } from "react";
import type { AdvisorMatrix } from "@/lib/advisor/recommend";
import type { AdvisorState, Step } from "@/lib/url-state/advisor-params";

/** What the server hands the advisor: the scoring model plus prose rendered on the server. */
export interface AdvisorData {
  /** Options, categories, attributes (without notes) and questions: all scoring needs. */
  matrix: AdvisorMatrix;
  /** Each question's help, rendered from Markdown, by question id. */
  help: Record<string, ReactNode>;
  /** Answer notes, rendered, by question id then answer id. */
  notes: Record<string, Record<string, ReactNode>>;
}

/** Moves through the flow; absent in the prerendered, inert fallback. */
export interface AdvisorActions {
  /** Records an answer in place (no new history entry). */
  answer(questionId: string, answerId: string): void;
  /** Goes to a step, optionally recording answers on the way; adds a history entry. */
  go(step: Step, answers?: Record<string, string | null>): void;
  /** Clears every answer and returns to the start. */
  reset(): void;
}

export interface StepProps {
  data: AdvisorData;
  state: AdvisorState;
  actions?: AdvisorActions;
  /** The step's heading, focused when the step changes. */
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}
