import {
  CellNote,
  CellSummary,
  RowDisclosure,
  cellNoteId,
} from "@/components/comparison/cell-content";
import { RichText } from "@/components/content/rich-text";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { toCompareCell } from "@/lib/compare/to-rows";
import type { ProseContext } from "@/lib/markdown/to-hast";
import type { FeatureMatrix, Option } from "@/lib/model/schema";

/** One option's column of the matrix, as a table of attribute rows grouped by category. */
export function OptionMatrixRow({
  matrix,
  option,
  prose,
}: {
  matrix: FeatureMatrix;
  option: Option;
  prose: ProseContext;
}) {
  const sourceById = new Map(matrix.sources.map((s) => [s.id, s]));
  return (
    <ScrollRegion labelledBy="option-row-caption">
      <table className="w-full min-w-[20rem] border-collapse text-left text-sm">
        <caption id="option-row-caption" className="px-3 py-2 text-left text-muted">
          {option.name}: value and verdict per attribute
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="w-1/3 border-b border-border px-3 py-2">
              Attribute
            </th>
            <th scope="col" className="border-b border-border px-3 py-2">
              {option.name}
            </th>
          </tr>
        </thead>
        {matrix.categories.map((category) => {
          const rows = matrix.attributes.filter((a) => a.category === category.id);
          if (rows.length === 0) return null;
          return (
            <tbody key={category.id}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={2}
                  className="border-b border-border bg-surface px-3 pb-2 pt-4 text-base font-semibold"
                >
                  {category.name}
                </th>
              </tr>
              {rows.map((a) => {
                const cell = a.cells[option.id];
                return (
                  <tr key={a.id} className="align-top">
                    <th scope="row" className="border-b border-border px-3 py-3 font-normal">
                      <a href={`/compare#${a.id}`} className="font-semibold">
                        {a.name}
                      </a>
                      {cell ? (
                        <RowDisclosure
                          name={a.name}
                          controls={cellNoteId("option", a.id, option.id)}
                        />
                      ) : null}
                    </th>
                    <td className="border-b border-border px-3 py-3">
                      {cell ? (
                        <>
                          <CellSummary cell={toCompareCell(cell)} />
                          <CellNote
                            id={cellNoteId("option", a.id, option.id)}
                            cell={toCompareCell(cell)}
                            note={
                              cell.note ? (
                                <RichText markdown={cell.note} prose={prose} />
                              ) : undefined
                            }
                            source={sourceById.get(cell.source)}
                          />
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </ScrollRegion>
  );
}
