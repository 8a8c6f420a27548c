import Link from "next/link";
import type { FeatureMatrix } from "@/lib/model/schema";
import { CellContent } from "./cell-content";

/**
 * The whole matrix as one semantic table, grouped by category: option columns, attribute
 * rows, a row-group header per category. Rendered on the server, so it is complete in the
 * prerendered HTML.
 */
export function ComparisonTable({ matrix, caption }: { matrix: FeatureMatrix; caption: string }) {
  const { options, categories, attributes, sources } = matrix;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return (
    <div
      role="region"
      aria-labelledby="comparison-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-border"
    >
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption id="comparison-caption" className="px-3 py-2 text-left text-sm text-muted">
          {caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="w-1/3 border-b border-border px-3 py-2 font-semibold">
              Attribute
            </th>
            {options.map((o) => (
              <th key={o.id} scope="col" className="border-b border-border px-3 py-2 font-semibold">
                <Link href={`/options/${o.id}`}>{o.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        {categories.map((category) => {
          const rows = attributes.filter((a) => a.category === category.id);
          if (rows.length === 0) return null;
          return (
            <tbody key={category.id} id={`category-${category.id}`}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={options.length + 1}
                  className="border-b border-border bg-surface px-3 pb-2 pt-5 text-base font-semibold"
                >
                  {category.name}
                  <span className="block text-sm font-normal text-muted">
                    {category.description}
                  </span>
                </th>
              </tr>
              {rows.map((attribute) => (
                <tr
                  key={attribute.id}
                  id={attribute.id}
                  className="scroll-mt-24 align-top target:bg-accent-soft"
                >
                  <th scope="row" className="border-b border-border px-3 py-3 font-normal">
                    <span className="font-semibold">{attribute.name}</span>
                    <span className="mt-1 block text-muted">{attribute.why}</span>
                  </th>
                  {options.map((o) => {
                    const cell = attribute.cells[o.id];
                    return (
                      <td key={o.id} className="border-b border-border px-3 py-3">
                        {cell ? (
                          <CellContent
                            cell={cell}
                            source={sourceById.get(cell.source)}
                            context={`${attribute.name}, ${o.name}`}
                          />
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
