import type { ReactNode } from "react";
import type { CompareRowData } from "@/lib/compare/rows";
import type { CompareView } from "@/lib/compare/view";
import type { CompareState } from "@/lib/url-state/compare-params";
import type { UpdateKind } from "./use-compare-state";

/** A cited source as a cell's details show it. */
export interface CellSource {
  id: string;
  title: string;
  publisher: string;
  /** `provider`: one provider on its own service; `general`: how the technology works. */
  scope: "provider" | "general";
}

/** What the server hands the interactive comparison: plain data plus pre-rendered notes. */
export interface CompareData {
  rows: CompareRowData[];
  options: { id: string; name: string }[];
  categories: { id: string; name: string; description: string }[];
  sources: Record<string, CellSource>;
  /** Notes rendered on the server (Markdown, glossary terms), by attribute id then option id. */
  notes: Record<string, Record<string, ReactNode>>;
}

/**
 * A change of state. A function patch is applied to the newest state: the matrix renders a
 * deferred copy of the state, which can lag a click behind.
 */
export type StatePatch = Partial<CompareState> | ((current: CompareState) => Partial<CompareState>);

export type Update = (patch: StatePatch, kind?: UpdateKind) => void;

/** What each layout of the matrix (table, cards) renders from. */
export interface MatrixLayoutProps {
  data: CompareData;
  view: CompareView;
  /** Shown options, in column order. */
  columns: { id: string; name: string }[];
  state: CompareState;
  /** Absent in the prerendered, inert view. */
  update?: Update;
  /** The attribute the URL fragment points at, highlighted. */
  target: string | null;
}

/** The count of rows shown; it takes focus when the control that had it goes away. */
export const COUNT_ID = "compare-count";
