// One phone-profile load under V8's sampling profiler: self and inclusive time by function
// until the first widget (a wasm module built with its names shows Rust's; the published one
// has none). The profile is written to OUT for DevTools.
//   SYNCSCOPE_BOOK=... node e2e/profile-probe.mjs [page] [top] [out.cpuprofile]
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { FLAGS, chromiumPath, phoneTab, serveBook } from "./lib.js";
const [pageName = "how-to-read.html", top = "40", out = "first-widget.cpuprofile"] = process.argv.slice(2);
const server = await serveBook();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
try {
  const { page, cdp } = await phoneTab(browser);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(new URL(pageName, server.url).href, { waitUntil: "load" });
  const first = await page.evaluate(() => window.__seen);
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const incl = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const n = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/.*\//, "")}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    // inclusive, each function once per sample
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const m = byId.get(id);
      const k = `${m.callFrame.functionName || "(anon)"} ${m.callFrame.url.replace(/.*\//, "")}`;
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); }
    }
  }
  console.log("first widget", Math.round(first));
  console.log("== self");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(v.toFixed(1).padStart(7), k);
  console.log("== inclusive");
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(v.toFixed(1).padStart(7), k);
} finally { await browser.close(); }
process.exit(0);
