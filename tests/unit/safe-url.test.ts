import { describe, expect, it } from "vitest";
import { isSafeHref } from "@/lib/markdown/safe-url";

describe("isSafeHref", () => {
  it.each([
    ["https://example.com/a", true],
    ["http://example.com", true],
    ["mailto:someone@example.com", true],
    ["/compare#overhead", true],
    ["../options/bare-metal", true],
    ["#numa", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    [" javascript:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["&#106;avascript:alert(1)", false],
    ["&#x6A;avascript:alert(1)", false],
    ["%6Aavascript:alert(1)", false],
    ["vbscript:msgbox(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["DATA:text/html,x", false],
    ["file:///etc/passwd", false],
  ])("%s -> %s", (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});
