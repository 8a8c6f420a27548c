import type { ReactNode, RefObject } from "react";
import type { FeatureMatrix, Importance, Source } from "@/lib/model/schema";
import type { AdvisorState } from "@/lib/url-state/advisor-params";

/** What the server hands the advisor: the scoring model plus prose rendered on the server. */
export interface AdvisorData {
  /** What scoring needs: options, categories, factors, questions, and attributes (notes left out). */
  matrix: Pick<FeatureMatrix, "options" | "categories" | "factors" | "questions" | "attributes">;
  /** The sources cells cite, for the verify list and the scope line. */
  sources: Record<string, Pick<Source, "id" | "label" | "publisher" | "scope" | "kind" | "url">>;
  /** Each question's help, rendered from Markdown, by question id. */
  help: Record<string, ReactNode>;
  /** Answer notes, rendered, by question id then answer id. */
  notes: Record<string, Record<string, ReactNode>>;
}

/** Moves through the flow; absent in the prerendered, inert fallback. */
export interface AdvisorActions {
  /** Records an answer in place (no new history entry). */
  answer(questionId: string, answerId: string): void;
  /** Sets a factor's importance in place; null goes back to what the answers preset. */
  prioritise(factorId: string, importance: Importance | null): void;
  /** Goes to a step (null: the start page), optionally recording answers; adds a history entry. */
  go(step: string | null, answers?: Record<string, string | null>): void;
  /** Clears every answer and priority and returns to the start. */
  reset(): void;
}

export interface StepProps {
  data: AdvisorData;
  state: AdvisorState;
  actions?: AdvisorActions;
  /** The step's heading, focused when the step changes. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}
