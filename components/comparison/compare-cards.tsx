"use client";

import type { CompareView } from "@/lib/compare/view";
import type { CompareState } from "@/lib/url-state/compare-params";
import { CellContent } from "./cell-content";
import type { Update } from "./compare-view";
import { Highlight } from "./highlight";
import type { CompareData } from "./types";

/**
 * The comparison below 640 px: one card per attribute with the options stacked under it,
 * so nothing scrolls sideways. Hidden (and so absent for assistive technology) on wider screens.
 */
export function CompareCards({
  data,
  view,
  columns,
  state,
  terms,
  update,
  target,
}: {
  data: CompareData;
  view: CompareView;
  columns: { id: string; name: string }[];
  state: CompareState;
  terms: readonly string[];
  update?: Update;
  /** The attribute the URL fragment points at, highlighted. */
  target: string | null;
}) {
  const open = new Set(state.open);
  const folded = new Set(state.fold);
  return (
    <div className="space-y-6 sm:hidden print:hidden">
      {view.groups.map((group) => {
        const category = data.categories.find((c) => c.id === group.category);
        const isFolded = folded.has(group.category);
        return (
          <section
            key={group.category}
            aria-labelledby={`card-group-${group.category}`}
            className="space-y-3"
          >
            <h2 id={`card-group-${group.category}`} className="text-lg font-semibold">
              <button
                type="button"
                aria-expanded={!isFolded}
                disabled={!update}
                className="inline-flex items-center gap-2 font-semibold"
                onClick={() =>
                  update?.({
                    fold: isFolded
                      ? state.fold.filter((c) => c !== group.category)
                      : [...state.fold, group.category],
                  })
                }
              >
                <span aria-hidden="true">{isFolded ? "▸" : "▾"}</span>
                {category?.name ?? group.category}
                <span className="text-sm font-normal text-muted">({group.rows.length})</span>
              </button>
            </h2>
            {isFolded
              ? null
              : group.rows.map((row) => (
                  <article
                    key={row.id}
                    data-attribute={row.id}
                    data-highlighted={target === row.id ? "" : undefined}
                    aria-labelledby={`card-${row.id}`}
                    className="scroll-mt-4 rounded-lg border border-border bg-raised p-4 data-highlighted:border-accent data-highlighted:bg-accent-soft"
                  >
                    <h3 id={`card-${row.id}`} className="font-semibold">
                      <Highlight text={row.name} terms={terms} />
                    </h3>
                    <p className="mt-1 text-sm text-muted">
                      <Highlight text={row.why} terms={terms} />
                    </p>
                    <dl className="mt-3 space-y-3">
                      {columns.map((o) => {
                        const cell = row.cells[o.id];
                        if (!cell) return null;
                        return (
                          <div key={o.id} className="border-t border-border pt-3">
                            <dt className="text-sm font-semibold">{o.name}</dt>
                            <dd className="mt-1 text-sm">
                              <CellContent
                                cell={cell}
                                value={<Highlight text={cell.value} terms={terms} />}
                                note={data.notes[row.id]?.[o.id]}
                                source={data.sources[cell.source]}
                                context={`${row.name}, ${o.name}`}
                                open={open.has(row.id)}
                                onToggle={
                                  update
                                    ? (isOpen) => {
                                        if (isOpen === open.has(row.id)) return;
                                        update({
                                          open: isOpen
                                            ? [...state.open, row.id]
                                            : state.open.filter((x) => x !== row.id),
                                        });
                                      }
                                    : undefined
                                }
                              />
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                  </article>
                ))}
          </section>
        );
      })}
    </div>
  );
}
