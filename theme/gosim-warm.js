// gosim-warm.js: compiles the widget module's wasm off the page's thread, hands the compiled
// module to the page, then warms it up on the page's first block (issue 17: the first widget
// on a phone).
//
// `cargo xtask build` copies this file next to the widget module, into
// src/generated/gosim-warm.js (mdBook copies it unchanged), so the glue is
// `./syncscope_web.js` here. theme/head.hbs starts it as a module worker just after the first
// paint, once the first live block is parsed, and sends it its one job:
//
//   page -> worker   [the wasm's URL, the first block's code, its data-options JSON,
//                     and the wasm's response body (a stream) when the page fetched it]
//   worker -> page   ["module", the compiled WebAssembly.Module]   as soon as it is compiled
//                    ["failed", why]                               if it could not be
//                    ["warmed", "drawn", "compiled" or why it stopped]   at the end (for the tests)
//
// then the worker instantiates the same module and runs `warm_up` on the block: its whole mount
// into a stand-in document (below), or, for a block that needs a package the module leaves
// out, only the compile and the views without drawing; and closes.
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
  // `body`, when the page sent one, is the wasm's download already under way (head.hbs).
  const [wasmUrl, code, options, body] = event.data;
  let module;
  try {
    const source = body
      ? new Response(body, { headers: { "content-type": "application/wasm" } })
      : fetch(wasmUrl, { credentials: "same-origin" });
    module = await WebAssembly.compileStreaming(source);
  } catch (error) {
    self.postMessage(["failed", error && error.message ? error.message : String(error)]);
    self.close();
    return;
  }
  self.postMessage(["module", module]);
  // How far the warm-up went, for the browser tests (the page ignores it).
  let done = "nothing";
  try {
    const { default: init, warm_up } = await glue;
    await init({ module_or_path: module });
    if (typeof code === "string" && code) {
      const mounted = warm_up(code, typeof options === "string" ? options : undefined, standIn(code, options));
      // No mount for a block that needs a package the module leaves out: the page fetches it.
      done = mounted ? "drawn" : "compiled";
      await mounted;
    }
  } catch (error) {
    // Nothing to do: the page's widgets compile what they call themselves.
    done = "stopped: " + (error && error.message ? error.message : String(error));
  }
  self.postMessage(["warmed", done]);
  self.close();
};

// A stand-in document, just enough for the widget's first mount to run here as on the page
// (Yew creates, inserts and updates nodes, sets attributes and listeners, reads a few
// properties), and a placeholder in it holding the block; the widget module's glue finds
// these through the globals a page has (`Window`, `document`, `Element`, `HTMLElement`,
// `ShadowRoot`). Nothing is drawn and no event ever fires: it exists so that the drawing code
// is compiled here (see the top of this file). What it lacks makes the warm-up stop early,
// nothing more.
function standIn(code, options) {
  class StandInNode {
    constructor(doc) {
      this.ownerDocument = doc;
      this.childNodes = [];
      this.parentNode = null;
    }
    get parentElement() {
      return this.parentNode instanceof StandInElement ? this.parentNode : null;
    }
    get firstChild() {
      return this.childNodes[0] ?? null;
    }
    get lastChild() {
      return this.childNodes[this.childNodes.length - 1] ?? null;
    }
    get nextSibling() {
      const siblings = this.parentNode ? this.parentNode.childNodes : [];
      return siblings[siblings.indexOf(this) + 1] ?? null;
    }
    get textContent() {
      return this.childNodes.map((child) => child.textContent).join("");
    }
    set textContent(text) {
      for (const child of this.childNodes) child.parentNode = null;
      this.childNodes = [];
      if (text) this.appendChild(new StandInText(this.ownerDocument, String(text)));
    }
    appendChild(node) {
      return this.insertBefore(node, null);
    }
    insertBefore(node, before) {
      if (node.parentNode) node.parentNode.removeChild(node);
      const at = before ? this.childNodes.indexOf(before) : -1;
      if (at < 0) this.childNodes.push(node);
      else this.childNodes.splice(at, 0, node);
      node.parentNode = this;
      return node;
    }
    removeChild(node) {
      const at = this.childNodes.indexOf(node);
      if (at >= 0) this.childNodes.splice(at, 1);
      node.parentNode = null;
      return node;
    }
    cloneNode() {
      return new this.constructor(this.ownerDocument, this.tagName || this.data || "div");
    }
    addEventListener() {}
    removeEventListener() {}
    querySelector() {
      return null;
    }
    querySelectorAll() {
      return { length: 0, item: () => null };
    }
  }
  class StandInText extends StandInNode {
    constructor(doc, data) {
      super(doc);
      this.data = data;
    }
    get nodeValue() {
      return this.data;
    }
    set nodeValue(data) {
      this.data = data;
    }
    get textContent() {
      return this.data;
    }
    set textContent(data) {
      this.data = data;
    }
  }
  class StandInElement extends StandInNode {
    constructor(doc, tag, namespace) {
      super(doc);
      this.tagName = String(tag).toUpperCase();
      this.namespaceURI = namespace || "http://www.w3.org/1999/xhtml";
      this.attributes = new Map();
      Object.assign(this, { value: "", defaultValue: "", checked: false, scrollTop: 0, scrollLeft: 0 });
      Object.assign(this, { selectionStart: 0, selectionEnd: 0, innerHTML: "" });
    }
    getAttribute(name) {
      return this.attributes.has(name) ? this.attributes.get(name) : null;
    }
    setAttribute(name, value) {
      this.attributes.set(name, String(value));
    }
    removeAttribute(name) {
      this.attributes.delete(name);
    }
    get className() {
      return this.getAttribute("class") || "";
    }
    set className(value) {
      this.setAttribute("class", value);
    }
    focus() {}
    blur() {}
    select() {}
    setSelectionRange() {}
    scrollIntoView() {}
  }
  class StandInHTMLElement extends StandInElement {}
  class StandInShadowRoot extends StandInNode {}
  class StandInDocument extends StandInNode {
    constructor() {
      super(null);
      this.body = new StandInHTMLElement(this, "body");
      this.activeElement = this.body;
    }
    createElement(tag) {
      return new StandInHTMLElement(this, tag);
    }
    createElementNS(namespace, tag) {
      return new StandInElement(this, tag, namespace);
    }
    createTextNode(data) {
      return new StandInText(this, String(data));
    }
  }
  const doc = new StandInDocument();
  Object.assign(self, {
    Window: self.constructor,
    document: doc,
    Element: StandInElement,
    HTMLElement: StandInHTMLElement,
    ShadowRoot: StandInShadowRoot,
  });
  const host = doc.createElement("div");
  host.setAttribute("class", "gosim-widget");
  host.setAttribute("data-id", "warm-up");
  host.setAttribute("data-code", code);
  if (typeof options === "string" && options) host.setAttribute("data-options", options);
  doc.body.appendChild(host);
  return host;
}
