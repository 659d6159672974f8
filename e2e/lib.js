// Shared helpers for the browser end-to-end tests: a static server for the built book on
// 127.0.0.1 (a free port), headless Chromium through playwright-core (the system's chromium,
// never a downloaded one), a page wrapper that records console errors, and readers of the
// widget's state through its data-testid hooks (crates/syncscope-web/README.md).
import { createServer } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { readFile, stat } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built site: `cargo xtask build|test` writes it; SYNCSCOPE_BOOK overrides. */
export const BOOK = path.resolve(process.env.SYNCSCOPE_BOOK || path.join(here, "..", "book"));
/** Where screenshots and timings go (`cargo xtask e2e` sets it to <target>/e2e). */
export const OUT = path.resolve(
  process.env.SYNCSCOPE_E2E_OUT || path.join(here, "..", "target", "e2e"),
);
export const SCREENSHOTS = path.join(OUT, "screenshots");

/**
 * Chapter pages of the built book, relative to it: every .html but mdBook's own pages
 * (index.html repeats the first chapter; print.html is tested on its own).
 */
export function chapters() {
  const skip = new Set(["index.html", "print.html", "toc.html", "404.html"]);
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(BOOK, full).split(path.sep).join("/");
      if (statSync(full).isDirectory()) {
        // mdBook's assets, the widget module and fonts hold no chapters.
        if (!["css", "fonts", "FontAwesome", "generated", "theme"].includes(rel)) walk(full);
      } else if (name.endsWith(".html") && !skip.has(rel) && !rel.startsWith("toc")) {
        found.push(rel);
      }
    }
  };
  walk(BOOK);
  return found;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * A TCP port on 127.0.0.1 that nobody listens on right now (for Chromium's DevTools
 * endpoint, which Lighthouse uses, and for the chat server the chat tests start).
 */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createTcpServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The budgets test's phone profile: a phone-sized touch viewport at twice the density. */
export const PHONE = { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * For the first-widget probes: a new tab on the phone profile with the CPU slowed 4x (set
 * before navigating), whose `window.__seen` resolves to the moment the first widget is live
 * (its root gets `data-testid="widget"`), also marked `first-widget` for traces; then
 * `window.__drawn` resolves to the moment the frame after it was drawn.
 * Resolves to { context, page, cdp }.
 */
export async function phoneTab(browser) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(() => {
    window.__seen = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="widget"]')) {
          performance.mark("first-widget");
          resolve(performance.now());
          // The task after the next frame's rendering (style, layout, paint): the widget drawn.
          window.__drawn = new Promise((drawn) => requestAnimationFrame(() => setTimeout(() => drawn(performance.now()), 0)));
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-testid"] }),
    );
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page, cdp };
}

/** Gzipped bodies by file, modification time and size (see serveBook). */
const GZIPPED = new Map();

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt"]);

/** Serves BOOK on 127.0.0.1 at a free port; resolves to { url, close() }. */
export async function serveBook() {
  const server = createServer(async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = path.join(BOOK, path.normalize(rel));
      if (!file.startsWith(BOOK)) throw new Error("outside the book");
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      let body = await readFile(file);
      const gzipped = COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
      const headers = {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "cache-control": "no-store",
      };
      // Compressed as any real host (GitHub Pages, the chat server) sends it, so that
      // Lighthouse's transfer sizes and timings are a reader's. Once per file version, as a
      // host that precompresses does: gzipping the 1 MB wasm module on every request blocked
      // this process (which also runs Lighthouse) for tens of milliseconds each time.
      if (gzipped) {
        const key = `${file} ${info.mtimeMs} ${info.size}`;
        let packed = GZIPPED.get(key);
        if (!packed) {
          packed = gzipSync(body);
          GZIPPED.set(key, packed);
        }
        body = packed;
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** The chromium binary: CHROMIUM, else `command -v chromium` (Debian's package). */
export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // try the next name
    }
  }
  throw new Error("chromium not found: `apt-get install -y chromium` (cargo xtask e2e does it)");
}

/** The flags this network needs (see the toolchain notes): no background connections. */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Headless Chromium with a fresh, empty profile of its own (playwright's launch makes one per
 * browser in the temp directory and removes it on close).
 */
export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    timeout: 60_000,
  });
}

/**
 * Starts a server and a browser for one test file. `t.after` closes both.
 * Returns { base, browser, open(pathOrUrl, options) } where open gives { page, errors }.
 */
export async function setup(t) {
  const server = await serveBook();
  // A browser that cannot start must not leave the server holding the test process open.
  const browser = await launch().catch(async (e) => {
    await server.close();
    throw e;
  });
  const contexts = [];
  t.after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  });
  async function open(where, { viewport = { width: 1280, height: 900 }, context = null } = {}) {
    const ctx = context || (await browser.newContext({ viewport }));
    if (!context) contexts.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    // print.html is every chapter on one page; a slow machine needs more than 15 s to load it.
    page.setDefaultNavigationTimeout(60_000);
    const errors = watchErrors(page);
    await throttle(page);
    await page.goto(new URL(where, server.url).href, { waitUntil: "load" });
    return { page, errors, context: ctx };
  }
  return { base: server.url, browser, open, newContext: async (opts) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
    contexts.push(ctx);
    return ctx;
  } };
}

/**
 * With `E2E_CPU_THROTTLE=N` in the environment, runs the page's CPU N times slower (Chrome's
 * own throttling), to find the tests that only pass on a fast machine before CI does:
 * `E2E_CPU_THROTTLE=4 cargo xtask e2e`.
 */
export async function throttle(page) {
  const rate = Number(process.env.E2E_CPU_THROTTLE || 1);
  if (rate > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  }
}

/** Collects console errors and uncaught exceptions of a page into an array. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`exception: ${err.message}`));
  return errors;
}

/**
 * Brings each placeholder into view in turn, as a reader scrolling down would, until every one
 * has mounted its widget; fails naming the ones that did not (with the loader's state:
 * loading, failed, ...). Returns how many widgets the page has.
 *
 * It goes to each placeholder rather than sweeping the page at a fixed pace: on a slow
 * machine a long page (print.html holds every chapter's blocks) can scroll past a placeholder
 * before the browser paints a frame, so the loader never sees it. The time allowed grows with
 * the number of placeholders: `ms` for the page plus `perWidget` for each block.
 */
export async function mountAll(page, ms = 60_000, perWidget = 3_000) {
  const total = await page.locator(".gosim-widget").count();
  const end = Date.now() + ms + perWidget * total;
  for (;;) {
    const left = await page.evaluate(async (deadline) => {
      const pending = () =>
        [...document.querySelectorAll(".gosim-widget")].filter(
          (e) => e.dataset.gosimState !== "mounted" || !e.querySelector('[data-testid="widget"]'),
        );
      for (const element of pending()) {
        if (element.dataset.gosimState) continue; // the loader has it already
        element.scrollIntoView({ block: "center" });
        // Until the loader's observer has seen it (it sets a state at once), or a few seconds.
        const seen = Date.now() + 5_000;
        while (!element.dataset.gosimState && Date.now() < Math.min(seen, deadline)) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      }
      return pending().map((e) => `${e.dataset.id || "(no id)"}: ${e.dataset.gosimState || "not mounted"}`);
    }, end);
    if (left.length === 0) break;
    if (Date.now() > end) {
      throw new Error(`placeholders left unmounted after ${Math.round((ms + perWidget * total) / 1000)} s: ${left.join(", ")}`);
    }
    await page.waitForTimeout(200);
  }
  return total;
}

/** The mounted widget of block `id` (scrolls to it so the loader mounts it). */
export async function widget(page, id) {
  const holder = page.locator(`.gosim-widget[data-id="${id}"]`);
  await holder.scrollIntoViewIfNeeded();
  const root = holder.getByTestId("widget");
  await root.waitFor({ state: "visible" });
  return root;
}

export async function position(root) {
  return Number(await root.getAttribute("data-position"));
}

/** Waits until `fn()` is truthy (polling), or fails after `ms` with `what`. */
export async function until(fn, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Steps taken, from the hook `data-position` on the widget root. */
export async function waitPosition(root, n) {
  await until(async () => (await position(root)) === n, `position ${n}`);
}

/** Clicks `testid` in the widget and waits until its position is `n`. */
export async function clickTo(root, testid, n) {
  await root.getByTestId(testid).click();
  await waitPosition(root, n);
}

/** Types `code` into the widget's editor and presses "Run code"; resolves once the editor holds it. */
export async function applyCode(root, code) {
  await root.getByTestId("editor").fill(code);
  await root.getByTestId("apply").click();
  await until(async () => (await root.getByTestId("editor").inputValue()) === code, "the code");
}

/**
 * Presses the widget's Share button and returns the link it made: from the clipboard, or from
 * the field it shows when the clipboard refuses (grant the page `clipboard-read` first).
 */
export async function shareLink(page, root) {
  await root.getByTestId("share").click();
  await root.getByTestId("share-status").waitFor();
  return (await root.getByTestId("share-url").count())
    ? await root.getByTestId("share-url").inputValue()
    : await page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Opens a share link as a fresh reader (a new browser context, the link as the address) and
 * waits until block `id` stands at `position`. Returns { page, errors, root }.
 */
export async function openLink(open, url, id, position) {
  const { page, errors } = await open(url);
  const root = page.locator(`.gosim-widget[data-id="${id}"]`).getByTestId("widget");
  await root.waitFor();
  await until(async () => (await root.getAttribute("data-position")) === position, "the linked position");
  return { page, errors, root };
}

/** Presses Run and waits for the program's end; resolves to its output. */
export async function runToEnd(root) {
  await root.getByTestId("run").click();
  await until(async () => (await root.getAttribute("data-finished")) === "true", "the end of the run", 30_000);
  return root.getByTestId("output").innerText();
}

/** Four goroutines printing in turn: billions of distinct interleavings, so a search runs on. */
export const ENDLESS = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 6; i++ {
				fmt.Println(g, i)
			}
		}()
	}
	wg.Wait()
}
`;

/** The schedules the running search's progress bar counts. */
export async function schedules(root) {
  return Number(await root.getByTestId("find-progress").getAttribute("data-schedules"));
}

/**
 * Presses `button` ("find" or "outcomes") and waits for the search's progress bar, which must
 * say it runs in `where` ("worker" or "page"), to count a first schedule and, with `rising`,
 * more after that. Returns the progress bar.
 */
export async function searchUnderway(root, button, where, { rising = true } = {}) {
  await root.getByTestId(button).click();
  const progress = root.getByTestId("find-progress");
  await progress.waitFor();
  assert.equal(await progress.getAttribute("data-where"), where);
  await until(async () => (await schedules(root)) > 0, "a first progress report", 30_000);
  if (rising) {
    const first = await schedules(root);
    await until(async () => (await schedules(root)) > first, "the schedule count to rise", 30_000);
  }
  return progress;
}

/** Presses the search's Cancel and waits for its progress bar to go. */
export async function cancelSearch(root) {
  await root.getByTestId("find-cancel").click();
  await root.getByTestId("find-progress").waitFor({ state: "detached" });
}

/**
 * Opens `where` in a browser context with no `Worker`, so that searches run in the page.
 * `browser` is what `setup` returned.
 */
export async function openWithoutWorker({ open, newContext }, where) {
  const context = await newContext();
  await context.addInitScript(() => {
    delete window.Worker;
  });
  return open(where, { context });
}

/** Which line each goroutine's gutter marker is on: { gid: line }. */
export async function markerLines(root) {
  return root.evaluate((el) => {
    const lines = {};
    for (const m of el.querySelectorAll('[data-testid^="marker-"]')) {
      const gid = m.dataset.testid.slice("marker-".length);
      const row = m.closest(".gosim-gutter-row");
      lines[gid] = Number(row?.querySelector(".gosim-lineno")?.textContent);
    }
    return lines;
  });
}

/** Lane states: { gid: { status, disabled, label } }. */
export async function lanes(root) {
  return root.evaluate((el) => {
    const out = {};
    for (const b of el.querySelectorAll('[data-testid^="lane-"]')) {
      out[b.dataset.testid.slice("lane-".length)] = {
        status: b.dataset.status,
        disabled: b.getAttribute("aria-disabled") === "true",
        // The accessible name: the visible text plus a screen-reader hint.
        label: b.getAttribute("aria-label") || b.textContent.replace(/\s+/g, " ").trim(),
        text: b.innerText,
      };
    }
    return out;
  });
}

/**
 * What a reader sees of the run: the position, the markup of the code pane's gutter and lines
 * (markers, the last-run line), the lanes, and the output. Two equal snapshots are the same
 * state on screen.
 */
export async function snapshot(root) {
  return root.evaluate((el) => {
    const html = (sel) => el.querySelector(sel)?.outerHTML ?? null;
    return {
      position: el.dataset.position,
      finished: el.dataset.finished,
      gutter: html(".gosim-gutter"),
      code: html(".gosim-hl"),
      lanes: html('[data-testid="goroutines"]'),
      output: html('[data-testid="output"]'),
    };
  });
}

/** Saves a PNG of the page's viewport as SCREENSHOTS/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** mdBook's five themes. */
export const THEMES = ["light", "rust", "coal", "navy", "ayu"];

/** Switches mdBook's theme as its menu does (the class on <html>, remembered in storage). */
export async function chooseTheme(page, theme) {
  const choice = page.locator(`#mdbook-theme-${theme}`);
  if (!(await choice.isVisible())) await page.locator("#mdbook-theme-toggle").click();
  await choice.click();
  await until(() => page.evaluate((t) => document.documentElement.classList.contains(t), theme), `theme ${theme}`);
  // Close the menu again if it stayed open, so it is not part of what axe sees.
  if (await choice.isVisible()) await page.keyboard.press("Escape");
}

/** axe's violations on the page, as lines ready for a failure message. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ["violations"],
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(0, 2).join(" ")}`),
    }));
  });
  return violations;
}


const AXE_SOURCE = createRequire(import.meta.url)("fs").readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
