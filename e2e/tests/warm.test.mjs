// The warm-up worker (theme/gosim-warm.js, started by theme/head.hbs; issue 17): the widget
// module's wasm is compiled in a worker, which hands the compiled module to the page, so the
// page itself never downloads the wasm, then runs the first block's whole mount in a stand-in
// document; where the worker cannot start or cannot compile, the page fetches the wasm itself
// and the widgets mount all the same, without a console error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runToEnd, setup, until, widget } from "../lib.js";

const CHAPTER = "how-to-read.html";

// Before any page script: the URL of every worker the page starts, and the first word of
// every message a worker posts ("module", then "warmed" with how far the warm-up went).
const recordWorkers = () => {
  window.__workers = [];
  window.__said = [];
  const Original = window.Worker;
  if (!Original) return;
  window.Worker = function (url, options) {
    window.__workers.push(new URL(String(url), document.baseURI).href);
    const worker = new Original(url, options);
    worker.addEventListener("message", (event) => {
      const [word, detail] = Array.isArray(event.data) ? event.data : [];
      window.__said.push(word === "warmed" ? `warmed ${detail}` : String(word));
    });
    return worker;
  };
  window.Worker.prototype = Original.prototype;
};

/** Whether the page itself requested the widget module's wasm (a worker's requests are not the page's). */
const pageFetchedWasm = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType("resource").some((e) => e.name.endsWith("/generated/syncscope_web_bg.wasm")),
  );

/** Counts the context's requests (the page's and its workers') for the widget module's wasm. */
const countWasmRequests = (context) => {
  const seen = { count: 0 };
  context.on("request", (request) => {
    if (request.url().endsWith("/generated/syncscope_web_bg.wasm")) seen.count += 1;
  });
  return seen;
};

test("the warm-up worker", async (t) => {
  const { open, newContext } = await setup(t);

  await t.test("compiles the wasm off the page, from one download, and the first widget runs", async () => {
    const context = await newContext();
    await context.addInitScript(recordWorkers);
    const wasmRequests = countWasmRequests(context);
    const { page, errors } = await open(CHAPTER, { context });
    const first = page.locator(".gosim-widget").first();
    const root = await widget(page, await first.getAttribute("data-id"));
    assert.match(await runToEnd(root), /ping/);
    const workers = await page.evaluate(() => window.__workers);
    assert.equal(workers.filter((u) => u.endsWith("/generated/gosim-warm.js")).length, 1, `workers: ${workers}`);
    // The page starts the download (head.hbs) and hands the body to the worker as a stream:
    // one request in all, and the module comes back compiled ("module" below).
    assert.equal(await pageFetchedWasm(page), true, "the page left the download to the worker");
    assert.equal(wasmRequests.count, 1, "the wasm was requested more than once");
    // The warm-up ran the whole mount in the worker's stand-in document (gosim-warm.js): a
    // stand-in that lacks what the mount needs stops it early, and this says where.
    await until(async () => (await page.evaluate(() => window.__said)).some((w) => w.startsWith("warmed")), "the warm-up's end");
    assert.deepEqual(await page.evaluate(() => window.__said), ["module", "warmed drawn"]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("a first block that needs a package the module leaves out is not drawn in the worker", async () => {
    // Its mount would fetch reflect.go a second time, beside the page's own fetch.
    const context = await newContext();
    await context.addInitScript(recordWorkers);
    const { page, errors } = await open("reflect/index.html", { context });
    const libraryFetches = [];
    page.on("request", (r) => {
      if (r.url().includes("/lib/")) libraryFetches.push(new URL(r.url()).pathname);
    });
    const first = page.locator(".gosim-widget").first();
    await widget(page, await first.getAttribute("data-id"));
    await until(async () => (await page.evaluate(() => window.__said)).some((w) => w.startsWith("warmed")), "the warm-up's end");
    assert.deepEqual(await page.evaluate(() => window.__said), ["module", "warmed compiled"]);
    assert.ok(libraryFetches.every((p) => p.startsWith("/generated/lib/")), `library fetches: ${libraryFetches}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("without Worker, the page compiles the wasm itself", async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      delete window.Worker;
    });
    const { page, errors } = await open(CHAPTER, { context });
    const first = page.locator(".gosim-widget").first();
    const root = await widget(page, await first.getAttribute("data-id"));
    assert.match(await runToEnd(root), /ping/);
    assert.equal(await pageFetchedWasm(page), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("a worker that cannot load leaves the page to fetch the wasm", async () => {
    const context = await newContext();
    await context.route("**/generated/gosim-warm.js", (route) => route.fulfill({ status: 404, body: "" }));
    const { page, errors } = await open(CHAPTER, { context });
    const first = page.locator(".gosim-widget").first();
    const root = await widget(page, await first.getAttribute("data-id"));
    assert.match(await runToEnd(root), /ping/);
    assert.equal(await pageFetchedWasm(page), true);
    // Only the refused request's own console line: no exception, no unhandled rejection.
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await page.close();
  });
});
