import type { Verdict } from "@/lib/model/schema";

/** Words for each verdict: the verdict is always said in text, never by colour alone. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  advantage: "Advantage",
  neutral: "Neutral",
  disadvantage: "Disadvantage",
};

const STYLES: Record<Verdict, string> = {
  advantage: "bg-good-soft text-good",
  neutral: "bg-even-soft text-even",
  disadvantage: "bg-bad-soft text-bad",
};

function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const common = {
    width: 14,
    height: 14,
    viewBox: "0 0 16 16",
    "aria-hidden": true,
    focusable: false,
  } as const;
  switch (verdict) {
    case "advantage":
      return (
        <svg {...common}>
          <path
            d="M3 8.5l3 3 7-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    case "neutral":
      return (
        <svg {...common}>
          <path
            d="M3.5 6h9M3.5 10h9"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
      );
    case "disadvantage":
      return (
        <svg {...common}>
          <path
            d="M4 4l8 8M12 4l-8 8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
      );
  }
}

/**
 * Verdict as an icon plus its word, e.g. "✓ Advantage". `quiet` drops the coloured chip, for
 * cells that should not draw the eye (the comparison colours only the better cell of a row).
 */
export function VerdictBadge({ verdict, quiet = false }: { verdict: Verdict; quiet?: boolean }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full py-0.5 text-xs font-semibold ${quiet ? "text-muted" : `px-2 ${STYLES[verdict]}`}`}
    >
      <VerdictIcon verdict={verdict} />
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
