// Measures the browser budgets that `cargo xtask test` reports and writes them to
// <out>/budgets.txt:
//
//   first_interactive_ms    navigation start to the first widget on screen, ready for clicks
//                           (median of LOADS loads, each in a fresh context with an empty cache)
//   first_interactive_mobile_ms  the same on a phone profile: a 412x915 viewport and the CPU
//                           slowed 4x (Chrome's mobile emulation rate; the book is served
//                           locally, so the network is not throttled)
//   layout_shift_mobile     the layout shifts' sum while the Lighthouse chapter loads on the
//                           phone profile (asserted under 0.1, Google's "good")
//   step_repaint_median_ms  Step click to the next animation frame that shows the new step
//                           (median of 30), and step_dom_median_ms, click to the DOM change.
//                           Each click lands at a random moment within a frame, as a reader's
//                           does: a click just after a frame would always wait a whole one.
//   lighthouse_<preset>_<category>  Lighthouse's scores (0-100) on the Mutex chapter, with its
//                           desktop and mobile presets, driving the same Chromium
//
// Timings are reported, never asserted: on a shared CI machine they measure its load as much
// as the book. Lighthouse's accessibility, best-practices and SEO scores do not depend on load,
// so those are asserted (>= 90); its performance score is reported only.
// It does check that the measurements themselves worked, so a broken probe cannot report 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromium } from "playwright-core";
import { FLAGS, OUT, chromiumPath, freePort, serveBook, setup, widget } from "../lib.js";

const LIGHTHOUSE_PAGE = "sync/mutex.html";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
/** Scores that do not depend on the machine's load: these must reach the goal. */
const ASSERTED = ["accessibility", "best-practices", "seo"];
const SCORE_GOAL = 90;

/** Lighthouse's four category scores (0-100) for `url` with the desktop or mobile preset. */
async function lighthouseScores(url, preset) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...FLAGS, `--remote-debugging-port=${port}`],
    timeout: 60_000,
  });
  try {
    const flags = { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES };
    const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
    const scores = {};
    for (const c of CATEGORIES) {
      const score = result?.lhr?.categories?.[c]?.score;
      scores[c] = typeof score === "number" ? Math.round(score * 100) : null;
    }
    const failed = Object.values(result?.lhr?.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    return { scores, failed };
  } finally {
    await browser.close();
  }
}

// Loads per median. With three, two slow loads decided the phone figure: runs of the same
// page on a quiet machine gave 783 to 1205 ms (session 16). With five it takes three.
const LOADS = 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

test("budgets: first interactive widget, Step to repaint", async (t) => {
  const { open, newContext, base } = await setup(t);
  const results = {};

  // Before any page script runs: note when the first widget is live. Its root, with the
  // test id `widget`, is drawn only once its program has compiled (a mount is two tasks:
  // crates/syncscope-web/src/widget/mod.rs, `Widget::start`); the attribute filter keeps the
  // signal honest should the id ever be set on an element already there.
  // The test waits for it through `window.__firstWidget` (resolves to the time, or to 0 after
  // a minute), not with a locator: a locator's first use makes Playwright evaluate its
  // injected script in the page, 73-92 ms of the main thread on the phone profile, just after
  // the load event, which the first widget then waited behind (measured in a trace; the
  // phone figure was about 250 ms worse for it on a loaded machine).
  const watchFirstWidget = () => {
    window.__firstWidget = new Promise((resolve) => {
      setTimeout(() => resolve(0), 60_000);
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="widget"]')) {
          resolve(performance.now());
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-testid"] });
    });
  };
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await newContext();
    await context.addInitScript(watchFirstWidget);
    const { page } = await open("how-to-read.html", { context });
    loads.push(await page.evaluate(() => window.__firstWidget));
    await context.close();
  }
  assert.ok(loads.every((ms) => ms > 0), `first-widget times: ${loads}`);
  results.first_interactive_ms = median(loads);
  results.first_interactive_samples = loads.length;

  // The same on a phone: a phone-sized viewport and a CPU slowed 4x (set before navigating).
  const mobileLoads = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await newContext({
      viewport: { width: 412, height: 915 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await context.addInitScript(watchFirstWidget);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(new URL("how-to-read.html", base).href, { waitUntil: "load" });
    mobileLoads.push(await page.evaluate(() => window.__firstWidget));
    await context.close();
  }
  assert.ok(mobileLoads.every((ms) => ms > 0), `mobile first-widget times: ${mobileLoads}`);
  results.first_interactive_mobile_ms = median(mobileLoads);
  results.first_interactive_mobile_samples = mobileLoads.length;

  // Layout shifts while the Lighthouse chapter loads on the phone profile, until its first
  // screen's widgets have mounted: the sum of every shift's score (the cumulative layout
  // shift of one load). Unlike the timings this does not depend on the machine's load, so it
  // is asserted. Inline code that grew when mdBook's book.js styled it once measured 0.23.
  {
    const context = await newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1.75,
    });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const what = entry.sources.map((s) => (s.node ? s.node.nodeName + "." + (s.node.className || "") : "?"));
          window.__shifts.push({ value: entry.value, what: what.join(" ") });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(new URL(LIGHTHOUSE_PAGE, base).href, { waitUntil: "load" });
    await page.locator('[data-testid="widget"]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.__shifts);
    await context.close();
    results.layout_shift_mobile = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(results.layout_shift_mobile < 0.1, `layout shifts on ${LIGHTHOUSE_PAGE}: ${JSON.stringify(shifts)}`);
  }

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

  // What is measured so far is kept even if Lighthouse fails below.
  writeResults(results);

  // Lighthouse, desktop and mobile presets, on a chapter with widgets.
  const server = await serveBook();
  try {
    const problems = [];
    for (const preset of ["desktop", "mobile"]) {
      const { scores, failed } = await lighthouseScores(new URL(LIGHTHOUSE_PAGE, server.url).href, preset);
      for (const c of CATEGORIES) {
        assert.ok(scores[c] !== null, `Lighthouse gave no ${c} score (${preset})`);
        results[`lighthouse_${preset}_${c.replace("-", "_")}`] = scores[c];
      }
      for (const c of ASSERTED) {
        if (scores[c] < SCORE_GOAL) problems.push(`${preset} ${c} ${scores[c]} (failed audits: ${failed.join(", ")})`);
      }
    }
    writeResults(results);
    assert.deepEqual(problems, [], `Lighthouse scores under ${SCORE_GOAL}`);
  } finally {
    await server.close();
  }
});

function writeResults(results) {
  mkdirSync(OUT, { recursive: true });
  const text = Object.entries(results)
    .map(([k, v]) => `${k} ${Math.round(v * 100) / 100}`)
    .join("\n");
  writeFileSync(path.join(OUT, "budgets.txt"), text + "\n");
  console.log(text);
}
