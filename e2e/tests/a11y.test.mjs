// axe-core (npm, pinned in package-lock.json) on every chapter, in all five of mdBook's
// themes, after every widget has mounted and taken a few steps (so lanes, output, timeline
// and markers hold text): no violation of impact "critical" or "serious" anywhere. Besides
// axe's default rules, its experimental `label-content-name-mismatch` runs too (a control
// whose aria-label leaves out its visible words).
import { test } from "node:test";
import assert from "node:assert/strict";
import { THEMES, axeViolations, chapters, chooseTheme, mountAll, setup } from "../lib.js";

const BLOCKING = new Set(["critical", "serious"]);

/** Clicks Step a few times in every widget of the page (not waiting on each). */
async function stepEveryWidget(page, times) {
  await page.evaluate(async (times) => {
    for (const root of document.querySelectorAll('[data-testid="widget"]')) {
      const step = root.querySelector('[data-testid="step"]');
      for (let i = 0; i < times && step && !step.disabled; i++) {
        step.click();
        await new Promise((r) => setTimeout(r, 0));
      }
    }
  }, times);
  await page.waitForTimeout(300);
}

test("axe: no critical or serious violation on any chapter in any theme", async (t) => {
  const { open } = await setup(t);
  const pages = chapters();
  assert.ok(pages.length >= 2, `chapters found: ${pages.join(", ")}`);
  const failures = [];
  for (const rel of pages) {
    await t.test(rel, async () => {
      const { page, errors } = await open(rel);
      await mountAll(page);
      await stepEveryWidget(page, 3);
      for (const theme of THEMES) {
        await chooseTheme(page, theme);
        await page.waitForTimeout(100);
        const found = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact));
        for (const v of found) {
          failures.push(`${rel} [${theme}] ${v.impact} ${v.id} (${v.nodes} nodes): ${v.help}\n    ${v.first.join("\n    ")}`);
        }
      }
      assert.deepEqual(errors, [], `console errors on ${rel}`);
      await page.close();
    });
  }
  assert.equal(failures.length, 0, `axe violations:\n${failures.join("\n")}`);
});
