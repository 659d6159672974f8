// Every page of the built book loads without a console error, and every live block on it
// mounts its widget once scrolled to. Each chapter is photographed at its first live block
// (target/e2e/screenshots/<chapter>.png), for people to look at; nothing compares pixels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chapters, mountAll, screenshot, setup } from "../lib.js";

test("every chapter and print.html load cleanly with every widget mounted", async (t) => {
  const { open } = await setup(t);
  const pages = chapters();
  // The book has at least its introduction and the channels chapter; an empty list would
  // mean the walk is broken and the test checks nothing.
  assert.ok(pages.length >= 2, `chapters found: ${pages.join(", ")}`);
  let widgets = 0;
  let printed = 0;
  for (const rel of [...pages, "print.html"]) {
    await t.test(rel, async () => {
      const { page, errors } = await open(rel);
      const count = await mountAll(page);
      if (rel === "print.html") printed = count;
      else widgets += count;
      if (rel !== "print.html") {
        // The first live block near the top of the viewport, as a reader arriving at it sees it.
        await page.evaluate(() => {
          const first = document.querySelector(".gosim-widget");
          if (first) {
            first.scrollIntoView({ block: "start" });
            window.scrollBy(0, -80);
          } else {
            window.scrollTo(0, 0);
          }
        });
        await page.waitForTimeout(150);
        await screenshot(page, rel.replace(/\.html$/, "").replace(/\//g, "-"));
      }
      assert.deepEqual(errors, [], `console errors on ${rel}`);
      await page.close();
    });
  }
  assert.ok(widgets > 0, "no live widget anywhere in the book");
  assert.equal(printed, widgets, "print.html should hold every chapter's live blocks");
});
