// Where the first widget's time goes, on the budgets test's profiles (e2e/tests/budgets.test.mjs):
//
//   node e2e/first-widget-probe.mjs [page] [runs] [phone|desktop]
//
// prints, per load, the moment the first widget became interactive (its root got
// data-testid="widget": compiled and ready for clicks), when the frame after it was drawn
// (the task after that frame's rendering) and, before it, the first paint, the
// widget module's and wasm's requests (start and end), the loader's mount of the first
// placeholder (its root element appears), when a `.gosim-app` first exists ("shell"; with
// the widget's empty first render, the moment it goes live), and every main-thread task over 50 ms (start +duration), all in ms since
// navigation start. Then the medians, and that of interactive minus first paint (less
// dependent on a shared machine's load than either).
import { chromium } from "playwright-core";
import { FLAGS, chromiumPath, serveBook } from "./lib.js";

const [page = "how-to-read.html", runs = "5", profile = "phone"] = process.argv.slice(2);

// Before any page script: the long tasks, and when the first widget root is ready.
const watch = () => {
  window.__long = [];
  // When the wasm is instantiated (wasm-bindgen's glue streams it).
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__instantiateStart ??= performance.now();
      return original.apply(this, args).then((result) => {
        window.__instantiated ??= performance.now();
        return result;
      });
    };
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: "longtask", buffered: true });
  // Waited for through this promise, not a locator: see __firstWidget in budgets.test.mjs.
  window.__firstWidgetSeen = new Promise((resolve) => (window.__seen = resolve));
  const check = (observer) => {
    if (!window.__placeholder && document.querySelector(".gosim-widget[data-gosim-state]")) {
      window.__placeholder = performance.now();
    }
    // The root is added as mount() starts; this runs before Yew's first render (a later microtask).
    if (!window.__root && document.querySelector(".gosim-widget .gosim-root")) window.__root = performance.now();
    if (!window.__shell && document.querySelector(".gosim-widget .gosim-app")) window.__shell = performance.now();
    if (document.querySelector('[data-testid="widget"]')) {
      window.__firstWidget = performance.now();
      // "drawn": the task after the next frame's rendering (style, layout, paint) has run.
      requestAnimationFrame(() => setTimeout(() => (window.__drawn = performance.now()), 0));
      window.__seen();
      observer.disconnect();
    }
  };
  new MutationObserver((_, observer) => check(observer)).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-testid", "data-gosim-state"],
  });
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await serveBook();
// PROBE_FLAGS: more Chromium flags, space-separated (e.g. V8's through --js-flags=...).
const extra = (process.env.PROBE_FLAGS || "").split(" ").filter(Boolean);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...FLAGS, ...extra] });
const seen = { drawn: [], dcl: [], afterPaint: [], first: [], paint: [], wasmEnd: [], mount: [], instStart: [], inst: [], root: [], shell: [] };
try {
  for (let i = 0; i < Number(runs); i++) {
    const phone = profile === "phone";
    const context = await browser.newContext(
      phone
        ? { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
        : { viewport: { width: 1280, height: 900 } },
    );
    await context.addInitScript(watch);
    const tab = await context.newPage();
    if (phone) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    }
    await tab.goto(new URL(page, server.url).href, { waitUntil: "load" });
    await tab.evaluate(() => window.__firstWidgetSeen);
    await tab.waitForFunction(() => window.__drawn);
    const r = await tab.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      const res = performance
        .getEntriesByType("resource")
        .filter((e) => /generated\//.test(e.name))
        .map((e) => `${e.name.replace(/.*generated\//, "")} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
      return {
        first: window.__firstWidget,
        drawn: window.__drawn,
        shell: window.__shell,
        mount: window.__placeholder,
        instStart: window.__instantiateStart,
        inst: window.__instantiated,
        root: window.__root,
        paint,
        dcl: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventStart,
        wasmEnd: wasm?.responseEnd,
        res,
        long: window.__long.filter(([s]) => s <= window.__firstWidget + 50),
      };
    });
    await context.close();
    r.afterPaint = r.first - r.paint;
    for (const k of Object.keys(seen)) if (r[k] !== undefined) seen[k].push(r[k]);
    console.log(
      `load ${i}: interactive ${Math.round(r.first)} ms, drawn ${Math.round(r.drawn)}; FCP ${Math.round(r.paint)}, DCL ${Math.round(r.dcl)}, placeholder seen ${Math.round(r.mount)}, ` +
        `instantiate ${Math.round(r.instStart)}-${Math.round(r.inst)}, mount() ${Math.round(r.root)}, ` +
        `shell ${r.shell ? Math.round(r.shell) : "-"}; ${r.res.join(", ")}`,
    );
    console.log(`   long tasks: ${r.long.map(([s, d]) => `${s} +${d}`).join(", ")}`);
  }
  const m = (k) => (seen[k].length ? Math.round(median(seen[k])) : "-");
  console.log(
    `median (${profile}, ${page}): interactive ${m("first")} ms (${m("afterPaint")} after FCP), drawn ${m("drawn")}, FCP ${m("paint")}, DCL ${m("dcl")}, wasm end ${m("wasmEnd")}, ` +
      `placeholder seen ${m("mount")}, instantiate ${m("instStart")}-${m("inst")}, mount() ${m("root")}, shell ${m("shell")}`,
  );
} finally {
  await browser.close();
  await server.close();
}
