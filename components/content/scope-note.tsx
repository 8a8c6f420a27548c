import type { Source } from "@/lib/model/schema";

/** The publishers whose FAQ the comparison rests on (the provider FAQ sources). */
export function mainProviders(sources: readonly Pick<Source, "kind" | "publisher">[]): string {
  const names = [
    ...new Set(sources.filter((s) => s.kind === "provider-faq").map((s) => s.publisher)),
  ];
  return names.join(" and ") || "the provider";
}

/**
 * Where a reader meets provider facts, the scope said plainly: they are one provider's own
 * description of its service; general facts describe how the technology works anywhere.
 */
export function ScopeNote({
  sources,
  className = "",
}: {
  sources: readonly Pick<Source, "kind" | "publisher">[];
  className?: string;
}) {
  return (
    <p className={`text-sm text-muted ${className}`}>
      Provider facts are as {mainProviders(sources)} describes its service: check your provider.
      Facts from other providers&rsquo; documentation name that provider, and general facts (how GPU
      pass-through, NCCL, confidential computing or firmware work) are marked as such; see{" "}
      <a href="/sources">the sources</a>.
    </p>
  );
}
