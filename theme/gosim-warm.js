// gosim-warm.js: compiles the widget module's wasm off the page's thread, hands the compiled
// module to the page, then warms it up on the page's first block (issue 17: the first widget
// on a phone).
//
// `cargo xtask build` copies this file next to the widget module, into
// src/generated/gosim-warm.js (mdBook copies it unchanged), so the glue is
// `./syncscope_web.js` here. theme/head.hbs starts it as a module worker just after the first
// paint, on pages with live blocks:
//
//   page -> worker   [the wasm's URL, the first block's code, its data-options JSON]
//   worker -> page   ["module", the compiled WebAssembly.Module]   as soon as it is compiled
//                    ["failed", why]                               if it could not be
//
// then the worker instantiates the same module and runs `warm_up` on the block (what a mount
// computes, without drawing), and closes. It answers nothing more.
//
// Why both halves:
// - Compiling here: `WebAssembly.compileStreaming` on the page fed the compiler the wasm's bytes
//   in tasks on the page's thread, queued behind its parsing and layout (64 ms of that thread
//   on the budgets test's phone profile, where it was the thread's busiest time).
// - Warming up: Chrome compiles each wasm function on its first call, on the calling thread, and
//   the compiled code belongs to the module, shared by every instance in every thread. The page's
//   first mount called about 1,700 functions, 331 ms of lazy compiling on the phone profile
//   (crates/syncscope-web/src/widget/warm.rs). Run here first, while the page is still parsing,
//   most of it happens on another core, and the mount finds the code compiled.
// Any failure of the warm-up only means a colder mount; a failure to compile tells the page,
// whose loader then fetches the wasm itself (theme/gosim-loader.js).
// The glue is imported at once, beside the wasm's download, not before it (a static import
// would hold this script until the glue had loaded).
const glue = import("./syncscope_web.js");

self.onmessage = async (event) => {
  const [wasmUrl, code, options] = event.data;
  let module;
  try {
    module = await WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: "same-origin" }));
  } catch (error) {
    self.postMessage(["failed", error && error.message ? error.message : String(error)]);
    self.close();
    return;
  }
  self.postMessage(["module", module]);
  try {
    const { default: init, warm_up } = await glue;
    await init({ module_or_path: module });
    if (typeof code === "string" && code) {
      warm_up(code, typeof options === "string" ? options : undefined);
    }
  } catch (error) {
    // Nothing to do: the page's widgets compile what they call themselves.
  }
  self.close();
};
