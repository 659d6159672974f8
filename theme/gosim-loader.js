// gosim-loader.js: mounts syncscope's live widgets on the placeholders the
// mdbook-syncscope preprocessor leaves in each page.
//
// Placeholder (written by crates/mdbook-syncscope):
//
//   <div class="gosim-widget" data-id="…" data-code="…" data-options='{…}'
//        data-module="built|missing">
//     <pre><code class="language-go">…the same code, highlighted…</code></pre>
//   </div>
//
// Widget module contract (crates/<web>, built by `cargo xtask serve|build` with
// wasm-bindgen --target web into src/generated/, which mdBook copies unchanged):
//
//   generated/syncscope_web.js   an ES module, relative to the site root, that
//     - may have a default export `init()` (wasm-bindgen's); the loader calls it once,
//       without arguments, before anything else, and awaits it;
//     - exports `mount(element)`, called once per placeholder with the placeholder
//       element; it may return a promise (syncscope's resolves once the widget is live,
//       and the next placeholder is mounted only then). The widget reads data-id, data-code and
//       data-options from the element and renders inside it, and data-lib, set here:
//       where the library packages it fetches on demand are (generated/lib/).
//
// A share link (`#gosim=<id>&...`, see crates/syncscope-web/src/share.rs) names one block:
// that placeholder is mounted at once, not when it scrolls into view, and scrolled to; the
// widget reads the rest of the fragment itself, on mount and on later `hashchange`s.
//
// Once `mount`'s promise resolves (the widget is live) the element gets the class
// `gosim-mounted` (gosim.css then hides the fallback code). On any failure the fallback code stays and a short note
// explains why; the console stays clean, because the end-to-end tests treat any console
// error as a failure and a reader can do nothing about it anyway.
//
// Chat placeholders (the hub chapter writes them as raw HTML):
//
//   <div class="chat-widget" data-fallback="#the-hub-in-your-browser">…fallback text…</div>
//
// are mounted with `mount_chat(element)` of a module of their own,
// generated/syncscope_chat.js (crates/syncscope-web/src/chat, the same crate built with only
// its `chat` feature), which only this chapter loads: the widget module every chapter loads
// stays without the chat client. Whether the modules were built is read from the page's
// live blocks (`data-module`), so a book built without them shows a note instead of
// requesting a missing file.
//
// This is a classic script (mdBook's additional-js cannot be a module) and mdBook renames it
// with a content hash, so it must not locate anything relative to its own URL. The site root
// comes from `path_to_root`, a global that mdBook's page template defines on every page.
(function () {
  "use strict";

  var MODULE_PATH = "generated/syncscope_web.js";
  var WASM_PATH = "generated/syncscope_web_bg.wasm";
  var CHAT_MODULE_PATH = "generated/syncscope_chat.js";
  var WORKER_PATH = "generated/gosim-worker.js";
  var LIB_PATH = "generated/lib/";
  // Start loading a little before a widget scrolls into view.
  var MARGIN = "300px 0px";

  var modulePromise = null;

  function siteRoot() {
    // `path_to_root` is a top-level `const` in the page, so it is visible here as a global
    // binding but is not a property of `window`.
    var prefix = typeof path_to_root === "string" ? path_to_root : "";
    return new URL(prefix, document.baseURI);
  }

  var chatModulePromise = null;
  // Imports the module at `path` and runs its wasm-bindgen `init()`; it must export `entry`.
  // `compiled`, when given, is a promise of the module's wasm already compiled (head.hbs
  // starts it as the page paints); should it fail, the glue fetches the wasm itself.
  function importModule(path, entry, compiled, wasmPath) {
    var url = new URL(path, siteRoot()).href;
    return import(url).then(function (mod) {
      if (typeof mod[entry] !== "function") {
        throw new Error("the module " + path + " does not export " + entry + "(element)");
      }
      var init = null;
      if (compiled) {
        init = {
          module_or_path: compiled.catch(function () {
            return fetch(new URL(wasmPath, siteRoot()).href);
          }),
        };
      }
      var ready = typeof mod.default === "function" ? mod.default(init || undefined) : null;
      return Promise.resolve(ready).then(function () {
        return mod;
      });
    });
  }
  // The widget module's wasm, compiled as it downloads: head.hbs starts it just after the
  // first paint; if this script gets there first, it starts it here (one fetch either way).
  function compiledWasm() {
    if (!window.gosimWasm && typeof WebAssembly === "object" && typeof WebAssembly.compileStreaming === "function") {
      window.gosimWasm = WebAssembly.compileStreaming(fetch(new URL(WASM_PATH, siteRoot()).href, { credentials: "same-origin" }));
      window.gosimWasm.catch(function () {});
    }
    return window.gosimWasm || null;
  }
  // One import for the whole page: every widget shares the module and its wasm instance.
  function loadModule() {
    if (!modulePromise) {
      modulePromise = importModule(MODULE_PATH, "mount", compiledWasm(), WASM_PATH);
    }
    return modulePromise;
  }
  function loadChatModule() {
    if (!chatModulePromise) {
      chatModulePromise = importModule(CHAT_MODULE_PATH, "mount_chat");
    }
    return chatModulePromise;
  }

  // Mounts run one at a time, each in a task of its own (after a zero timeout): a widget's
  // first render compiles its Go program, tens of milliseconds on a phone, and the three or
  // four placeholders near the first screen all become visible at once. Mounted in one go,
  // they made a single task of over a second on Lighthouse's mobile profile (4x slower CPU),
  // which blocked input and painting (its Total Blocking Time); in turns, the browser can
  // paint and answer the reader between them.
  // The page's first mount goes at once (nothing is queued before it, and behind a zero
  // timeout it waited for whatever the page had queued meanwhile: time the first widget is
  // not live); each later one after a zero timeout.
  var turn = null;
  function inTurn(work) {
    var run = turn
      ? turn
          .then(function () {
            return new Promise(function (resolve) {
              setTimeout(resolve, 0);
            });
          })
          .then(work)
      : Promise.resolve().then(work);
    turn = run.catch(function () {});
    return run;
  }
  function note(element, text) {
    if (element.querySelector(":scope > .gosim-note")) {
      return;
    }
    var p = document.createElement("p");
    p.className = "gosim-note";
    p.setAttribute("role", "note");
    p.textContent = text;
    element.appendChild(p);
  }

  function mount(element) {
    if (element.dataset.gosimState) {
      return;
    }
    if (element.dataset.module === "missing") {
      element.dataset.gosimState = "unavailable";
      note(element, "live widget unavailable: the widget module was not built");
      return;
    }
    element.dataset.gosimState = "loading";
    element.classList.add("gosim-loading");
    // The worker that runs this widget's searches ("find it for me": theme/gosim-worker.js,
    // copied next to the module by the build).
    element.dataset.worker = new URL(WORKER_PATH, siteRoot()).href;
    loadModule()
      .then(function (mod) {
        return inTurn(function () {
          // Where the library packages the module leaves out are (fetched by the widget
          // when a program imports one; see crates/syncscope-web/src/library.rs).
          element.dataset.lib = new URL(LIB_PATH, siteRoot()).href;
          return mod.mount(element);
        });
      })
      .then(
        function () {
          element.dataset.gosimState = "mounted";
          element.classList.add("gosim-mounted");
        },
        function (error) {
          element.dataset.gosimState = "failed";
          var why = error && error.message ? error.message : String(error);
          note(element, "live widget unavailable: " + why);
        }
      )
      .then(function () {
        element.classList.remove("gosim-loading");
      });
  }

  // The placeholder a `#gosim=<id>&...` fragment names, if any.
  function linkedPlaceholder() {
    var match = /^#gosim=([^&]*)/.exec(window.location.hash);
    if (!match) {
      return null;
    }
    var id;
    try {
      id = decodeURIComponent(match[1]);
    } catch (e) {
      return null;
    }
    var found = null;
    document.querySelectorAll(".gosim-widget").forEach(function (element) {
      if (!found && element.dataset.id === id) {
        found = element;
      }
    });
    return found;
  }

  function mountLinked() {
    var element = linkedPlaceholder();
    if (element && !element.dataset.gosimState) {
      element.scrollIntoView({ block: "center" });
      mount(element);
    }
  }

  // The chat widgets: mounted at once (there is one, and it should be connecting while the
  // reader reads the chapter above it).
  function mountChats() {
    var chats = document.querySelectorAll(".chat-widget");
    if (chats.length === 0) {
      return;
    }
    var built = document.querySelector('.gosim-widget[data-module="built"]') !== null;
    chats.forEach(function (element) {
      if (element.dataset.chatState) {
        return;
      }
      if (!built) {
        element.dataset.chatState = "unavailable";
        note(element, "live chat unavailable: the widget module was not built");
        return;
      }
      element.dataset.chatState = "loading";
      loadChatModule()
        .then(function (mod) {
          return mod.mount_chat(element);
        })
        .then(
          function () {
            element.dataset.chatState = "mounted";
            element.classList.add("gosim-mounted");
          },
          function (error) {
            element.dataset.chatState = "failed";
            var why = error && error.message ? error.message : String(error);
            note(element, "live chat unavailable: " + why);
          }
        );
    });
  }

  function start() {
    mountChats();
    var placeholders = document.querySelectorAll(".gosim-widget");
    if (placeholders.length === 0) {
      return;
    }
    mountLinked();
    window.addEventListener("hashchange", mountLinked);
    if (!("IntersectionObserver" in window)) {
      placeholders.forEach(mount);
      return;
    }
    // The placeholders already on the first screen (or within MARGIN of it) mount now: an
    // IntersectionObserver reports them only after the next frame, which on a phone is some
    // 40 ms later, all of it time the first widget is not live. Reading
    // their positions lays out the page, which that frame would have done anyway.
    var near = window.innerHeight + 300;
    var visible = [];
    for (var i = 0; i < placeholders.length; i++) {
      var box = placeholders[i].getBoundingClientRect();
      if (box.top > near) {
        break;
      }
      if (box.bottom >= -300 && box.height > 0) {
        visible.push(placeholders[i]);
      }
    }
    visible.forEach(mount);
    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            mount(entry.target);
          }
        });
      },
      { rootMargin: MARGIN }
    );
    placeholders.forEach(function (element) {
      observer.observe(element);
    });
  }

  // mdBook's sidebar toggle is a <label> (for its hidden checkbox) carrying aria-expanded,
  // which a label may not have, and it cannot be reached by the keyboard. mdBook builds
  // it in its page template (index.hbs), which a book can only override whole, by a copy
  // of mdBook's template, so the one fix that survives mdBook's updates is here: it is a
  // button (the role that aria-expanded belongs to), focusable, and Enter or Space
  // activates it as a click does.
  function fixSidebarToggle() {
    var toggle = document.getElementById("mdbook-sidebar-toggle");
    if (!toggle || toggle.tagName !== "LABEL" || toggle.getAttribute("role")) {
      return;
    }
    toggle.setAttribute("role", "button");
    toggle.setAttribute("tabindex", "0");
    toggle.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle.click();
      }
    });
  }

  fixSidebarToggle();
  // This script runs at the end of <body>, so every placeholder is already parsed. The
  // module and its wasm are fetched right after the first paint (the next frame, then a
  // task), not before it: on a phone's slow network a 350 KB download that starts earlier
  // delays the chapter's text (Lighthouse's mobile LCP went from 3.7 s to ~2 s without it),
  // and no widget can mount before the page is painted anyway.
  if (document.querySelector('.gosim-widget[data-module="built"]')) {
    requestAnimationFrame(function () {
      setTimeout(function () {
        loadModule().catch(function () {
          // mount() reports a failure on each placeholder; nothing to add here.
        });
      }, 0);
    });
  }
  // Every placeholder is parsed already (see above), so the widgets start now rather than at
  // DOMContentLoaded, which waits for mdBook's own handlers (its sidebar's, about 60 ms of the
  // thread on the budgets test's phone profile) registered before this one.
  start();
})();
