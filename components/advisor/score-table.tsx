import { percent, type OptionScore, type Tally } from "@/lib/advisor/score";

/**
 * Per-category score bars for each option still in the running. The bars are decoration;
 * each cell also states its percentage and points in text.
 */
export function ScoreTable({
  ranked,
  optionName,
  categories,
}: {
  ranked: readonly OptionScore[];
  optionName: (id: string) => string;
  categories: readonly { id: string; name: string }[];
}) {
  const rows = [
    { id: "overall", name: "Overall", tally: (s: OptionScore): Tally => s },
    ...categories.map((c) => ({
      id: c.id,
      name: c.name,
      tally: (s: OptionScore): Tally =>
        s.categories.find((x) => x.categoryId === c.id) ?? { points: 0, max: 0 },
    })),
  ].filter((r) => ranked.some((s) => r.tally(s).max > 0));
  if (rows.length === 0) return null;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-muted">
          Share of the possible points, by category: the more an answer made an attribute matter,
          the more it counts.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              Category
            </th>
            {ranked.map((s) => (
              <th key={s.optionId} scope="col" className="p-2 text-left">
                {optionName(s.optionId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-border">
              <th scope="row" className="p-2 text-left font-semibold">
                {r.name}
              </th>
              {ranked.map((s) => {
                const t = r.tally(s);
                const p = percent(t);
                return (
                  <td key={s.optionId} className="min-w-28 p-2 align-middle">
                    {t.max === 0 ? (
                      <span className="text-muted">not weighed</span>
                    ) : (
                      <div className="space-y-1">
                        {/* An SVG bar: its width is an attribute, so no inline style meets the CSP. */}
                        <svg
                          viewBox="0 0 100 8"
                          preserveAspectRatio="none"
                          className="block h-2 w-full"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <rect width="100" height="8" rx="2" className="fill-border" />
                          <rect width={p} height="8" rx="2" className="fill-accent" />
                        </svg>
                        <span>
                          {p} %{" "}
                          <span className="text-muted">
                            ({t.points} of {t.max} points)
                          </span>
                        </span>
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
