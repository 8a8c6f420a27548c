import type { ReactNode } from "react";
import type { CompareRowData } from "@/lib/compare/rows";

/** What the server hands the interactive comparison: plain data plus pre-rendered notes. */
export interface CompareData {
  rows: CompareRowData[];
  options: { id: string; name: string }[];
  categories: { id: string; name: string; description: string }[];
  sources: Record<string, { id: string; title: string }>;
  /** Notes rendered on the server (Markdown, glossary terms), by attribute id then option id. */
  notes: Record<string, Record<string, ReactNode>>;
}
