import { Fragment, type ComponentProps } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { GLOSSARY_PATH, markdownToHast, type ProseContext } from "@/lib/markdown/to-hast";
import { GlossaryTerm } from "./glossary-term";

/**
 * Renders checked content Markdown on the server (at build time). Term and citation
 * directives become links to the glossary and sources pages; terms also show their
 * definition on hover and focus. The tree is sanitised first. `prose` comes from the page,
 * which made it from the matrix once (`proseContext`).
 */
export function RichText({
  markdown,
  prose,
  className = "",
}: {
  markdown: string;
  prose: ProseContext;
  className?: string;
}) {
  const tree = markdownToHast(markdown, prose);
  const Link = (props: ComponentProps<"a">) => {
    const href = props.href ?? "";
    const definition = href.startsWith(`${GLOSSARY_PATH}#`)
      ? prose.terms.get(href.slice(GLOSSARY_PATH.length + 1))
      : undefined;
    return definition !== undefined && String(props.className ?? "").includes("term") ? (
      <GlossaryTerm href={href} definition={definition}>
        {props.children}
      </GlossaryTerm>
    ) : (
      <a {...props} />
    );
  };
  return (
    <div className={`prose-content ${className}`}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: Link } })}
    </div>
  );
}
