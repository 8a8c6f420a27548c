import jsyaml from "js-yaml";

/**
 * The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution) for js-yaml.
 * js-yaml's own CORE_SCHEMA is looser (it reads `0b101` as 5 and `+.5` as a string), and the
 * `yaml` package, which reads frontmatter whenever it has problems to locate, follows the
 * spec: with these types both read the same text as the same data (see
 * tests/unit/content/frontmatter-parsers.test.ts).
 */
const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (s: unknown) => typeof s === "string" && test.test(s),
    construct,
  });

function toInt(s: string): number {
  if (s.startsWith("0o")) return parseInt(s.slice(2), 8);
  if (s.startsWith("0x")) return parseInt(s.slice(2), 16);
  return Number(s);
}

function toFloat(s: string): number {
  const lower = s.toLowerCase();
  if (lower.endsWith(".nan")) return NaN;
  if (lower.endsWith(".inf")) return s.startsWith("-") ? -Infinity : Infinity;
  return Number(s);
}

export const YAML_CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", NULL, () => null),
    scalar("bool", BOOL, (s) => s.toLowerCase() === "true"),
    scalar("int", INT, toInt),
    scalar("float", FLOAT, toFloat),
  ],
});
