import type { Figure } from "../types";

/** A figure's value as the table shows it. */
export function formatValue(f: Figure): string {
  if (f.value === null) return f.note?.startsWith("n/a") ? f.note : "n/a";
  if (f.display) return f.display;
  switch (f.unit) {
    case "ms":
      return f.value >= 10_000 ? `${(f.value / 1000).toFixed(1)} s` : `${Math.round(f.value)} ms`;
    case "B":
      return `${(f.value / 1024).toFixed(1)} KiB`;
    case "x":
      return `${f.value.toFixed(2)}x`;
    default:
      return `${Math.round(f.value * 100) / 100}${f.unit ? ` ${f.unit}` : ""}`;
  }
}

export function verdict(f: Figure): string {
  if (f.pass === true) return "pass";
  if (f.pass === false) return "FAIL";
  return f.budget && f.value === null ? "n/a" : "";
}

/** The final table: figure, value, budget, pass/fail; then the notes that explain misses. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ["figure", "value", "budget", "result"],
    ...figures.map((f) => [f.name, formatValue(f), f.budget ?? "", verdict(f)]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const notes = figures
    .filter((f) => f.note && !(f.value === null && f.note.startsWith("n/a")))
    .map((f) => `  ${f.name}: ${f.note}`);
  return [
    line(rows[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
    ...(notes.length ? ["", "notes:", ...notes] : []),
  ].join("\n");
}
