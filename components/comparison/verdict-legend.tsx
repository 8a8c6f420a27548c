import { EVIDENCE_MEANING, EvidenceBadge } from "@/components/ui/evidence-badge";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { EVIDENCE } from "@/lib/model/constants";

export function VerdictLegend() {
  return (
    <dl className="grid content-start gap-2 self-start rounded-lg border border-border bg-surface p-3 text-sm">
      <div className="flex items-center gap-2">
        <dt>
          <VerdictBadge verdict="advantage" />
        </dt>
        <dd className="text-muted">better than the other options here</dd>
      </div>
      <div className="flex items-center gap-2">
        <dt>
          <VerdictBadge verdict="neutral" />
        </dt>
        <dd className="text-muted">no meaningful difference</dd>
      </div>
      <div className="flex items-center gap-2">
        <dt>
          <VerdictBadge verdict="disadvantage" />
        </dt>
        <dd className="text-muted">worse than the other options here</dd>
      </div>
      {EVIDENCE.map((e) => (
        <div key={e} className="flex items-center gap-2">
          <dt>
            <EvidenceBadge evidence={e} />
          </dt>
          <dd className="text-muted">{EVIDENCE_MEANING[e]}</dd>
        </div>
      ))}
    </dl>
  );
}
