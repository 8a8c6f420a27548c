import type { CompareRow } from "./rows";

/** What an export contains: the visible rows and columns, nothing else. */
export interface ExportInput {
  rows: readonly CompareRow[];
  options: ReadonlyArray<{ id: string; name: string }>;
  categoryName: (id: string) => string;
}

const VERDICT_WORD = {
  advantage: "Advantage",
  neutral: "Neutral",
  disadvantage: "Disadvantage",
} as const;

const EVIDENCE_WORD = { stated: "stated", derived: "derived", unstated: "not stated" } as const;

function cellText(row: CompareRow, optionId: string): string {
  const c = row.cells[optionId];
  if (!c) return "";
  return c.verdict
    ? `${c.value} (${VERDICT_WORD[c.verdict]}, ${EVIDENCE_WORD[c.evidence]})`
    : c.value;
}

/** RFC 4180 CSV. Cells that a spreadsheet would run as a formula are prefixed with `'`. */
export function toCsv({ rows, options, categoryName }: ExportInput): string {
  const field = (s: string) => {
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = [
    "Category",
    "Attribute",
    ...options.flatMap((o) => [o.name, `${o.name} verdict`, `${o.name} evidence`]),
  ];
  const lines = rows.map((r) => [
    categoryName(r.category),
    r.name,
    ...options.flatMap((o) => {
      const c = r.cells[o.id];
      return [c?.value ?? "", c?.verdict ?? "", c?.evidence ?? ""];
    }),
  ]);
  return [header, ...lines].map((l) => l.map(field).join(",")).join("\r\n") + "\r\n";
}

/** A GitHub-flavoured Markdown table. */
export function toMarkdown({ rows, options, categoryName }: ExportInput): string {
  const esc = (s: string) =>
    s
      .replace(/\\/g, "\\\\")
      .replace(/\|/g, "\\|")
      .replace(/[\r\n]+/g, " ");
  const header = ["Category", "Attribute", ...options.map((o) => o.name)];
  const lines = [
    `| ${header.map(esc).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map(
      (r) =>
        `| ${[categoryName(r.category), r.name, ...options.map((o) => cellText(r, o.id))].map(esc).join(" | ")} |`,
    ),
  ];
  return lines.join("\n") + "\n";
}

export function toJson({ rows, options, categoryName }: ExportInput): string {
  return (
    JSON.stringify(
      {
        options: options.map((o) => ({ id: o.id, name: o.name })),
        attributes: rows.map((r) => ({
          id: r.id,
          name: r.name,
          category: categoryName(r.category),
          cells: Object.fromEntries(
            options.map((o) => {
              const c = r.cells[o.id];
              return [
                o.id,
                c
                  ? {
                      value: c.value,
                      verdict: c.verdict,
                      evidence: c.evidence,
                      source: c.source,
                      reviewed: c.reviewed,
                      note: c.note,
                    }
                  : null,
              ];
            }),
          ),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}
