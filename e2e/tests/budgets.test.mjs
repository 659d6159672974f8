// Measures the browser budgets that `cargo xtask test` reports (never asserts: timings on a
// shared CI machine are too noisy to fail on) and writes them to <out>/budgets.txt:
//
//   first_interactive_ms    navigation start to the first widget on screen, ready for clicks
//                           (median of 3 loads, each in a fresh context with an empty cache)
//   step_repaint_median_ms  Step click to the next animation frame that shows the new step
//                           (median of 30), and step_dom_median_ms, click to the DOM change.
//                           Each click lands at a random moment within a frame, as a reader's
//                           does: a click just after a frame would always wait a whole one.
//
// It does check that the measurements themselves worked, so a broken probe cannot report 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OUT, setup, widget } from "../lib.js";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

test("budgets: first interactive widget, Step to repaint", async (t) => {
  const { open, newContext } = await setup(t);
  const results = {};

  // Before any page script runs: note when the first widget root appears.
  const watchFirstWidget = () => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="widget"]')) {
        window.__firstWidget = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const context = await newContext();
    await context.addInitScript(watchFirstWidget);
    const { page } = await open("how-to-read.html", { context });
    await page.locator('[data-testid="widget"]').first().waitFor();
    loads.push(await page.evaluate(() => window.__firstWidget));
    await context.close();
  }
  assert.ok(loads.every((ms) => ms > 0), `first-widget times: ${loads}`);
  results.first_interactive_ms = median(loads);
  results.first_interactive_samples = loads.length;

  const { page, errors } = await open("channels/index.html");
  const root = await widget(page, "nil-merge");
  const samples = await root.evaluate(async (el) => {
    const step = el.querySelector('[data-testid="step"]');
    const back = el.querySelector('[data-testid="back"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const repaint = [];
    const dom = [];
    for (let i = 0; i < 30; i++) {
      const before = el.dataset.position;
      let changed = 0;
      const observer = new MutationObserver(() => {
        if (!changed && el.dataset.position !== before) changed = performance.now();
      });
      observer.observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
      await frame();
      await new Promise((r) => setTimeout(r, Math.random() * 16));
      const t0 = performance.now();
      step.click();
      // The first frame after the click that has the new step (a render may land after it).
      let t1 = await frame();
      for (let f = 0; f < 10 && el.dataset.position === before; f++) t1 = await frame();
      observer.disconnect();
      if (el.dataset.position === before) return { error: `step ${i} did not change the position` };
      repaint.push(t1 - t0);
      dom.push((changed || t1) - t0);
      back.click();
      for (let f = 0; f < 10 && el.dataset.position !== before; f++) await frame();
    }
    return { repaint, dom };
  });
  assert.ok(!samples.error, samples.error);
  assert.equal(samples.repaint.length, 30);
  results.step_repaint_median_ms = median(samples.repaint);
  results.step_dom_median_ms = median(samples.dom);
  results.step_repaint_samples = samples.repaint.length;
  assert.deepEqual(errors, []);

  mkdirSync(OUT, { recursive: true });
  const text = Object.entries(results)
    .map(([k, v]) => `${k} ${Math.round(v * 100) / 100}`)
    .join("\n");
  writeFileSync(path.join(OUT, "budgets.txt"), text + "\n");
  console.log(text);
});
