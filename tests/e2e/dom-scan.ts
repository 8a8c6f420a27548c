import type { Page } from "@playwright/test";
import { isAllowedUrl, isEventHandler, URL_ATTRIBUTES, urlsIn } from "../html-rules";

/**
 * The live DOM's event-handler attributes and disallowed URLs, after hydration and whatever the
 * test did: the same rules as the scan of the built HTML (tests/site/html-safety.test.ts), for
 * the markup the client renders itself.
 */
export async function unsafeMarkup(page: Page): Promise<string[]> {
  const attrs = await page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].map((a) => ({ tag: el.localName, name: a.name, value: a.value })),
    ),
  );
  return attrs
    .filter(
      ({ name, value }) =>
        isEventHandler(name) ||
        (URL_ATTRIBUTES.has(name) && urlsIn(name, value).some((u) => !isAllowedUrl(u))),
    )
    .map(({ tag, name, value }) => `<${tag} ${name}="${value.slice(0, 80)}">`);
}
