// The memory panel in the interfaces chapter (issue 14): a nil *MyErr inside an error is
// drawn as two words, the itab word set and the data word zero; with Expand on, two
// assertions of one pair show a cache miss, then a hit, and the cache list fills.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clickTo, position, setup, until, widget } from "../lib.js";

const CHAPTER = "interfaces/index.html";

/** The words of variable `name` in the memory panel: [{ word, set, text }]. */
async function words(root, name) {
  const row = root.getByTestId("memory").locator(`[data-testid="mem-var"][data-name="${name}"]`);
  if ((await row.count()) === 0) return null;
  return row.locator("[data-word]").evaluateAll((els) =>
    els.map((el) => ({
      word: el.getAttribute("data-word"),
      set: el.getAttribute("data-set") === "true",
      text: el.textContent,
    })),
  );
}

test("the memory panel", async (t) => {
  const { open } = await setup(t);

  await t.test("a nil *MyErr in an error is two words, one of them set", async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "iface-nilerr");
    let n = 0;
    while (!(await words(root, "err"))) {
      await clickTo(root, "step", ++n);
      assert.ok(n < 20, "err never came into scope");
    }
    const err = await words(root, "err");
    assert.equal(err.length, 2, JSON.stringify(err));
    assert.deepEqual(err.map((w) => [w.word, w.set]), [["tab", true], ["data", false]]);
    assert.match(err[0].text, /itab for \(error, \*main\.MyErr\)/);
    assert.match(err[0].text, /fun\[0\] = main\.\(\*MyErr\)\.Error/);
    assert.match(err[1].text, /nil pointer itself/);
    const none = await words(root, "none");
    assert.deepEqual(none.map((w) => w.set), [false, false], "a nil error is two zero words");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("with Expand on, a type assertion misses the itab cache, then hits", async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "iface-assert");
    const live = root.getByTestId("live-region");
    const seen = [];
    for (let n = 1; n <= 12 && !seen.includes("hit"); n++) {
      await clickTo(root, "step", n);
      const text = await live.textContent();
      if (/getitab: cache miss/.test(text)) seen.push("miss");
      if (/getitab: cache hit/.test(text)) seen.push("hit");
    }
    assert.deepEqual(seen, ["miss", "hit"]);
    const cache = root.getByTestId("itab-cache");
    await until(async () => (await cache.count()) === 1, "the itab cache list");
    assert.match(await cache.textContent(), /inter = main\.Named, _type = main\.Rect/);
    assert.match(await root.getByTestId("memory").textContent(), /1 hits, 1 misses/);
    assert.ok((await position(root)) > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
