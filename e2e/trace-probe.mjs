// One phone-profile load with a Chromium trace, written to OUT for reading (DevTools, or a
// script over its events: the main thread's tasks, `wasm.CompileLazy` per thread, ...); the
// first widget's moment is the `first-widget` mark. CATS: the trace categories, comma-separated.
//   SYNCSCOPE_BOOK=... node e2e/trace-probe.mjs [page] [out.json]
import { chromium } from "playwright-core";
import { FLAGS, chromiumPath, phoneTab, serveBook } from "./lib.js";
const [pageName = "how-to-read.html", out = "first-widget-trace.json"] = process.argv.slice(2);
const server = await serveBook();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
try {
  const { page } = await phoneTab(browser);
  await browser.startTracing(page, { path: out, categories: (process.env.CATS || "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,disabled-by-default-v8.wasm.detailed,blink.user_timing,loading").split(",") });
  await page.goto(new URL(pageName, server.url).href, { waitUntil: "load" });
  const first = await page.evaluate(() => window.__seen);
  await page.waitForTimeout(200);
  await browser.stopTracing();
  console.log("first widget", Math.round(first));
} finally { await browser.close(); await server.close?.(); }
process.exit(0);
