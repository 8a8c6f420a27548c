import type { Evidence } from "@/lib/model/schema";

/** Words for each evidence level: how a cell's fact is known. */
export const EVIDENCE_LABELS: Record<Evidence, string> = {
  stated: "Stated",
  derived: "Derived",
  unstated: "Not stated",
};

/** What each level means, for a tooltip-free explanation next to the legend. */
export const EVIDENCE_MEANING: Record<Evidence, string> = {
  stated: "the cited source says it for this option",
  derived: "follows from a stated fact; the note gives the reasoning",
  unstated: "the source is silent; ask your provider",
};

/** A filled, half-filled or empty circle: the level in shape as well as in words. */
function EvidenceIcon({ evidence }: { evidence: Evidence }) {
  return (
    <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden={true} focusable={false}>
      <circle cx="6" cy="6" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {evidence === "stated" ? <circle cx="6" cy="6" r="3" fill="currentColor" /> : null}
      {evidence === "derived" ? <path d="M6 3a3 3 0 0 1 0 6z" fill="currentColor" /> : null}
    </svg>
  );
}

/** Each level's colours: stated reads as plain text, unstated as a warning. */
const EVIDENCE_TONE: Record<Evidence, string> = {
  stated: "border-border text-fg",
  derived: "border-border text-muted",
  unstated: "border-warn/40 bg-warn-soft text-warn",
};

/** Evidence level as an icon plus its word, e.g. "◐ Derived". */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  return (
    <span
      data-evidence={evidence}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs ${EVIDENCE_TONE[evidence]}`}
    >
      <EvidenceIcon evidence={evidence} />
      {EVIDENCE_LABELS[evidence]}
    </span>
  );
}
