// gosim-worker.js: runs one widget's "find it for me" or "list outcomes" off the page's
// thread (issue 16).
//
// `cargo xtask build` copies this file next to the modules, into
// src/generated/gosim-worker.js (mdBook copies it unchanged), so the search module's glue
// is `./syncscope_search.js` here (crates/syncscope-web built with its `search` feature:
// the engine and the explorer, without the widget). The loader gives each widget this script's URL
// (`data-worker`), and the widget starts it as a module worker, one per search:
//
//   widget -> worker   { code, options (JSON), maxRuns, slice (runs per slice), libBase
//                       (library files' URL), outcomes (true to list the outcomes instead
//                       of searching for the goal) }: job.rs's SearchArgs, handed to
//                      search_slices as it is (one message; the worker fetches the library
//                      packages the module leaves out, as the page did)
//   worker -> widget   one report line per slice, the last one the answer
//                      (the format is crates/syncscope-web/src/job.rs's Report),
//                      or "broken <why>" if the module could not load here.
//
// Cancel terminates the worker; nothing here needs to listen for it.
import init, { search_slices } from "./syncscope_search.js";

const ready = init();

self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    self.postMessage("broken " + (error && error.message ? error.message : String(error)));
    return;
  }
  await search_slices(event.data, (line) => self.postMessage(line));
};
