// gosim-worker.js: runs one widget's "find it for me" or "list outcomes" off the page's
// thread (issue 16).
//
// `cargo xtask build` copies this file next to the widget module, into
// src/generated/gosim-worker.js (mdBook copies it unchanged), so the module's glue is
// `./syncscope_web.js` here. The loader gives each widget this script's URL
// (`data-worker`), and the widget starts it as a module worker, one per search:
//
//   widget -> worker   [code, options JSON, max runs, runs per slice, library files' URL,
//                       true to list the outcomes instead of searching for the goal]
//                      (one message; the worker fetches the library packages the module
//                      leaves out, as the page did)
//   worker -> widget   one report line per slice, the last one the answer
//                      (the format is crates/syncscope-web/src/job.rs's Report),
//                      or "broken <why>" if the module could not load here.
//
// Cancel terminates the worker; nothing here needs to listen for it.
import init, { search_slices } from "./syncscope_web.js";

// The loader's warm-up worker (named WARM): see warmUp below.
const WARM = "gosim-warm";
const ready = self.name === WARM ? null : init();

self.onmessage = async (event) => {
  if (self.name === WARM) {
    return warmUp(event.data);
  }
  try {
    await ready;
  } catch (error) {
    self.postMessage("broken " + (error && error.message ? error.message : String(error)));
    return;
  }
  const [code, options, maxRuns, slice, libBase, outcomes] = event.data;
  await search_slices(code, options, maxRuns, slice, libBase, outcomes === true, (line) =>
    self.postMessage(line),
  );
};

// The warm-up (started by theme/gosim-loader.js as the page's wasm finishes compiling):
//
//   loader -> worker   [the compiled WebAssembly.Module, the first block's code,
//                       the library files' URL]
//
// The worker instantiates the page's own compiled module and runs the block's program once
// to its end, then closes; it answers nothing. Chrome compiles a wasm function on its first
// call (lazily), and the compiled code belongs to the module, shared by its instances in
// every thread of the page: the engine's functions this run calls (parser, compiler, VM,
// fmt's library code) are then compiled, on another core, when the page's first widget
// calls them. Measured with e2e/first-widget-probe.mjs on the phone profile (load average
// 10-16): the first mount's tasks 395 -> 315 ms (median of 40 loads each), but the first
// widget no sooner (2729 -> 2691 ms, and 2022 -> 2211 in a later set of 15): reverted for
// that; worth measuring again on a quiet machine. Any failure only means no warm-up.
async function warmUp([module, code, libBase]) {
  try {
    await init({ module_or_path: module });
    await search_slices(code, "{}", 1, 1, libBase, true, () => {});
  } catch (error) {
    // Nothing to do: the page's widgets compile what they call themselves.
  }
  self.close();
}
