"use client";

import { memo } from "react";
import type { CompareRow } from "@/lib/compare/rows";
import { RowDisclosure, cellNoteId } from "./cell-content";
import { cellTones } from "@/lib/compare/view";
import { Searchable } from "./highlight";
import { FoldButton, useRowToggle } from "./fold-button";
import { SearchableCell } from "./searchable-cell";
import type { MatrixLayoutProps } from "./types";

/**
 * The comparison below 640 px: one card per attribute with the options stacked under it,
 * so nothing scrolls sideways. Hidden (and so absent for assistive technology) on wider screens.
 * Memoised like the table.
 */
export const CompareCards = memo(function CompareCards({
  data,
  view,
  columns,
  state,
  update,
  target,
}: MatrixLayoutProps) {
  const open = new Set(state.open);
  const onToggleRow = useRowToggle(update);
  const folded = new Set(state.fold);

  const renderGroupHeading = (categoryId: string, size: number) => {
    const category = data.categories.find((c) => c.id === categoryId);
    return (
      <h2 id={`card-group-${categoryId}`} className="text-lg font-semibold">
        <FoldButton
          category={{ id: categoryId, name: category?.name ?? categoryId }}
          size={size}
          state={state}
          update={update}
        />
      </h2>
    );
  };
  // content-visibility: the browser skips rendering the cards off screen (most of them, on a
  // phone), which was much of the page's main-thread work while loading there; they stay in
  // the accessibility tree and in find-in-page. 20rem is about a card's height.
  const ids = columns.map((o) => o.id);
  /** `grouped`: under its category's h2; otherwise in the one sorted list, naming its category. */
  const renderCard = (row: CompareRow, grouped: boolean) => {
    const tones = cellTones(row, ids);
    const categoryLabel = grouped
      ? null
      : (data.categories.find((c) => c.id === row.category)?.name ?? null);
    const Heading = grouped ? "h3" : "h2";
    return (
      <article
        key={row.id}
        data-attribute={row.id}
        data-highlighted={target === row.id ? "" : undefined}
        aria-labelledby={`card-${row.id}`}
        className="scroll-mt-4 rounded-lg border border-border bg-raised p-4 [contain-intrinsic-size:auto_20rem] [content-visibility:auto] data-highlighted:border-accent data-highlighted:bg-accent-soft"
      >
        <Heading id={`card-${row.id}`} className="font-semibold">
          <Searchable text={row.name} />
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <Searchable text={row.why} />
        </p>
        {categoryLabel ? (
          <p className="mt-1.5 text-xs text-muted">
            <span className="rounded border border-border px-1.5">{categoryLabel}</span>
          </p>
        ) : null}
        <dl className="mt-3 space-y-3">
          {columns.map((o) => {
            const cell = row.cells[o.id];
            if (!cell) return null;
            return (
              <div
                key={o.id}
                className={`border-t border-border pt-3 ${tones[o.id] === "better" ? "-mx-2 rounded-md bg-good-soft/50 px-2" : ""}`}
              >
                <dt className="text-sm font-semibold">{o.name}</dt>
                <dd className="mt-1 text-sm">
                  <SearchableCell
                    view="card"
                    attributeId={row.id}
                    optionId={o.id}
                    cell={cell}
                    tone={tones[o.id] ?? "same"}
                    note={data.notes[row.id]?.[o.id]}
                    source={data.sources[cell.source]}
                    withNote={!update || open.has(row.id)}
                  />
                </dd>
              </div>
            );
          })}
        </dl>
        <RowDisclosure
          name={row.name}
          controls={
            !update || open.has(row.id)
              ? columns.map((o) => cellNoteId("card", row.id, o.id)).join(" ")
              : undefined
          }
          open={update ? open.has(row.id) : undefined}
          onToggle={onToggleRow && ((isOpen) => onToggleRow(row.id, isOpen))}
        />
      </article>
    );
  };

  return (
    <div className="sm:hidden print:hidden">
      {view.groups.map((group) =>
        group.category === null ? (
          // Sorted by name or verdict: one list, each card naming its category.
          <div key="sorted" className="space-y-3">
            {group.rows.map((row) => renderCard(row, false))}
          </div>
        ) : (
          <section
            key={group.category}
            aria-labelledby={`card-group-${group.category}`}
            className="mb-6 space-y-3"
          >
            {renderGroupHeading(group.category, group.rows.length)}
            {folded.has(group.category) ? null : group.rows.map((row) => renderCard(row, true))}
          </section>
        ),
      )}
    </div>
  );
});
