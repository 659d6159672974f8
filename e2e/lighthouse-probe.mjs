// Lighthouse's performance metrics on one page of the built book, several runs, for finding
// where a score goes (the budgets test reports only the four scores):
//
//   node e2e/lighthouse-probe.mjs [page] [runs] [mobile|desktop]
//
// prints, per run, the performance score and each metric (FCP, LCP, TBT, SI, CLS) with the
// points it cost, then the main-thread tasks over 50 ms and the requests the page made.
// LIGHTHOUSE_JSON=dir writes each run's full report there.
import { writeFileSync } from "node:fs";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromium } from "playwright-core";
import { FLAGS, chromiumPath, freePort, serveBook } from "./lib.js";

const [page = "sync/mutex.html", runs = "3", preset = "mobile"] = process.argv.slice(2);

const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "speed-index": "SI",
  "cumulative-layout-shift": "CLS",
};

const server = await serveBook();
try {
  for (let i = 0; i < Number(runs); i++) {
    const port = await freePort();
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...FLAGS, `--remote-debugging-port=${port}`],
    });
    try {
      const flags = { port, output: "json", logLevel: "error", onlyCategories: ["performance"] };
      const url = new URL(page, server.url).href;
      const { lhr } = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
      if (process.env.LIGHTHOUSE_JSON) {
        writeFileSync(path.join(process.env.LIGHTHOUSE_JSON, `lh-${preset}-${i}.json`), JSON.stringify(lhr));
      }
      const refs = lhr.categories.performance.auditRefs;
      const parts = Object.entries(METRICS).map(([id, short]) => {
        const a = lhr.audits[id];
        const weight = refs.find((r) => r.id === id)?.weight ?? 0;
        const lost = Math.round((1 - a.score) * weight);
        return `${short} ${a.displayValue} (-${lost})`;
      });
      console.log(`run ${i}: performance ${Math.round(lhr.categories.performance.score * 100)}: ${parts.join(", ")}`);
      const tasks = lhr.audits["long-tasks"]?.details?.items ?? [];
      for (const t of tasks) console.log(`   long task ${Math.round(t.startTime)} +${Math.round(t.duration)} ms ${t.url}`);
      const reqs = lhr.audits["network-requests"]?.details?.items ?? [];
      for (const r of reqs) {
        console.log(
          `   req ${Math.round(r.networkRequestTime)}-${Math.round(r.networkEndTime)} ${r.transferSize} B ${r.url.replace(server.url, "")}`,
        );
      }
      const lcp = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet;
      if (lcp) console.log(`   LCP element ${lcp.slice(0, 120)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
