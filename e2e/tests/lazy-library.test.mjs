// Library packages the widget module leaves out (crates/gosim/src/library/lazy.rs) are
// fetched from generated/lib/ when a block imports one: the reflect chapter's blocks mount
// and run; a failed fetch is an error in the widget, the page goes on and the code stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runToEnd, setup, until, widget } from "../lib.js";

const CHAPTER = "reflect/index.html";

test("lazily loaded library packages", async (t) => {
  const { open, newContext } = await setup(t);

  await t.test("the reflect chapter's blocks fetch reflect and run", async () => {
    const { page, errors } = await open(CHAPTER);
    const fetched = [];
    page.on("request", (r) => {
      if (r.url().includes("/generated/lib/")) fetched.push(new URL(r.url()).pathname);
    });
    const laws = await widget(page, "reflect-laws");
    const output = await runToEnd(laws);
    assert.match(output, /type: float64 kind: float64 value: 3\.4/);
    assert.match(output, /x is now 7\.1 but v still holds 3\.4/);
    // A second block on the page reuses what the first fetched.
    const tags = await widget(page, "reflect-tags");
    await runToEnd(tags);
    const reflects = fetched.filter((p) => p.endsWith("/reflect.go"));
    assert.ok(reflects.length <= 1, `reflect.go fetched ${reflects.length} times: ${fetched}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("an edit that imports a package not loaded yet fetches it, then runs", async () => {
    const { page, errors } = await open("channels/index.html");
    const root = await widget(page, "handoff");
    await root.getByTestId("editor").fill(
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() { fmt.Println(strings.ToUpper("lazy"), strings.Repeat("ab", 2)) }\n',
    );
    await root.getByTestId("apply").click();
    const output = await runToEnd(root);
    assert.match(output, /LAZY abab/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("a failed fetch is an error in the widget, and the code stays", async () => {
    const context = await newContext();
    await context.route("**/generated/lib/**", (route) => route.abort());
    const { page, errors } = await open(CHAPTER, { context });
    const root = await widget(page, "reflect-laws");
    await until(async () => /could not be loaded/.test(await root.innerText()), "the load error");
    assert.match(await root.getByTestId("notice").innerText(), /the (reflect|strconv|unicode\/utf8) package could not be loaded/);
    assert.match(await root.getByTestId("compile-errors").innerText(), /could not be loaded/);
    assert.match(await root.getByTestId("editor").inputValue(), /reflect\.ValueOf\(x\)/);
    // Only the aborted requests' own console lines: no exception, no panic.
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await page.close();
  });
});
