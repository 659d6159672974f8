// Phone-profile loads (as the budgets test makes them: fresh context, 4x CPU), each reporting
// where the time to the first widget went: resource fetch ends, first paint, DOMContentLoaded
// and the first widget. A probe for reading, not a test.
//   SYNCSCOPE_BOOK=... node e2e/phone-breakdown.mjs [page] [loads]
import { chromium } from "playwright-core";
import { FLAGS, chromiumPath, phoneTab, serveBook } from "./lib.js";
const [pageName = "how-to-read.html", n = "5"] = process.argv.slice(2);
const server = await serveBook();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
try {
  // Warm the server's gzip cache and the browser's first-window costs, as the budgets test's
  // desktop loads do before its phone loads.
  for (let i = 0; i < 3; i++) {
    const { context, page } = await phoneTab(browser);
    await page.goto(new URL(pageName, server.url).href, { waitUntil: "load" });
    await page.evaluate(() => window.__seen);
    await context.close();
  }
  for (let i = 0; i < Number(n); i++) {
    const { context, page } = await phoneTab(browser);
    await page.goto(new URL(pageName, server.url).href, { waitUntil: "load" });
    const first = await page.evaluate(() => window.__seen);
    const row = await page.evaluate(() => {
      const r = {};
      for (const e of performance.getEntriesByType("resource")) {
        const name = e.name.split("/").pop().replace(/-[0-9a-f]{8}\./, ".");
        r[name] = `${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`;
      }
      const nav = performance.getEntriesByType("navigation")[0];
      r.html = `0-${Math.round(nav.responseEnd)}`;
      r.dcl = Math.round(nav.domContentLoadedEventStart);
      for (const p of performance.getEntriesByType("paint")) r[p.name] = Math.round(p.startTime);
      return r;
    });
    console.log(JSON.stringify({ first: Math.round(first), ...row }));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close?.();
}
process.exit(0);
