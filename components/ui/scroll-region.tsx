import type { ReactNode } from "react";

/**
 * A labelled region that scrolls sideways when a wide table does not fit. It takes focus so
 * keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  labelledBy,
  className,
  children,
}: {
  /** Id of the element naming the region, usually the table's caption. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className={`relative overflow-x-auto rounded-lg border border-border${className ? ` ${className}` : ""}`}
    >
      {children}
    </div>
  );
}
