// Two builds compared on the budgets test's phone profile (the first widget's time, the first
// paint, DOMContentLoaded and the frame after the widget went live, medians), their loads alternating in one browser so that a shared
// machine's drift weighs on both alike (a median of separate runs moved by 150 ms between runs):
//
//   mkdir ab && ln -s /path/to/book-a ab/A && ln -s /path/to/book-b ab/B
//   SYNCSCOPE_BOOK=ab node e2e/first-widget-ab.mjs [page] [pairs]
import { chromium } from "playwright-core";
import { FLAGS, chromiumPath, phoneTab, serveBook } from "./lib.js";
const [page = "how-to-read.html", pairs = "15"] = process.argv.slice(2);
const server = await serveBook();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
const res = { A: [], B: [] };
for (let i = 0; i < Number(pairs); i++) {
  for (const v of i % 2 ? ["B", "A"] : ["A", "B"]) {
    const { context, page: tab } = await phoneTab(browser);
    await tab.goto(new URL(`${v}/${page}`, server.url).href, { waitUntil: "load" });
    const first = await tab.evaluate(() => window.__seen);
    const drawn = await tab.evaluate(() => window.__drawn);
    const r = await tab.evaluate(() => ({ fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime, dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart }));
    res[v].push([first, r.fcp, r.dcl, drawn]);
    await context.close();
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return Math.round(s[Math.floor(s.length / 2)]); };
for (const v of ["A", "B"]) console.log(v, "first", med(res[v].map((x) => x[0])), "drawn", med(res[v].map((x) => x[3])), "fcp", med(res[v].map((x) => x[1])), "dcl", med(res[v].map((x) => x[2])), "after dcl", med(res[v].map((x) => x[0] - x[2])));
const diffs = res.A.map((a, i) => a[0] - res.B[i][0]);
console.log("paired A-B first: median", med(diffs), "A wins", diffs.filter((d) => d < 0).length, "of", diffs.length);
const drawnDiffs = res.A.map((a, i) => a[3] - res.B[i][3]);
console.log("paired A-B drawn: median", med(drawnDiffs), "A wins", drawnDiffs.filter((d) => d < 0).length, "of", drawnDiffs.length);
await browser.close(); process.exit(0);
