// One phone-profile load with a Chromium trace: main-thread top-level tasks before the first widget,
// grouped by what they ran (script URL, parse, style/layout, paint, wasm), in ms of the throttled thread.
//   node e2e/trace-probe.mjs [page] [out.json]
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { FLAGS, chromiumPath, serveBook } from "./lib.js";
const [pageName = "how-to-read.html", out = "/tmp/perf/trace.json"] = process.argv.slice(2);
const server = await serveBook();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.addInitScript(() => {
    window.__seen = new Promise((resolve) => new MutationObserver((_, o) => {
      if (document.querySelector('[data-testid="widget"]')) { performance.mark("first-widget"); resolve(performance.now()); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-testid"] }));
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, { path: out, categories: (process.env.CATS || "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,disabled-by-default-v8.wasm.detailed,blink.user_timing,loading").split(",") });
  await page.goto(new URL(pageName, server.url).href, { waitUntil: "load" });
  const first = await page.evaluate(() => window.__seen);
  await page.waitForTimeout(200);
  await browser.stopTracing();
  console.log("first widget", Math.round(first));
} finally { await browser.close(); await server.close?.(); }
process.exit(0);
