import { RichText } from "@/components/content/rich-text";
import type { ProseContext } from "@/lib/markdown/to-hast";
import type { Option } from "@/lib/model/schema";

/** How many strengths and limits a card shows; the option page has them all. */
const KEY_POINTS = 3;

export function OptionCard({ option, prose }: { option: Option; prose: ProseContext }) {
  return (
    <article
      aria-labelledby={`option-${option.id}`}
      className="flex flex-col rounded-lg border border-border bg-raised p-5"
    >
      <h3 id={`option-${option.id}`} className="text-lg font-semibold">
        {option.name}
      </h3>
      <p className="mt-1 text-muted">{option.summary}</p>
      <h4 className="mt-4 text-sm font-semibold text-good">Key strengths</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {option.strengths.slice(0, KEY_POINTS).map((s) => (
          <li key={s}>
            <RichText markdown={s} prose={prose} />
          </li>
        ))}
      </ul>
      <h4 className="mt-4 text-sm font-semibold text-bad">Key limits</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {option.limitations.slice(0, KEY_POINTS).map((s) => (
          <li key={s}>
            <RichText markdown={s} prose={prose} />
          </li>
        ))}
      </ul>
      <p className="mt-auto pt-4">
        <a href={`/options/${option.id}`}>
          All about {option.name.toLowerCase()}
          <span className="sr-only">: strengths, limits and what you take on</span>
        </a>
      </p>
    </article>
  );
}
