// Edit exercises (issue 14): a block with a hidden solution (`solution=` in the chapter)
// asks the reader to change the code. The book's code never reaches the goal, whatever Run
// does; the reader's edit, run, does, and the card says the exercise is solved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runToEnd, setup, until, widget } from "../lib.js";

async function edit(root, from, to) {
  const editor = root.getByTestId("editor");
  const book = await editor.inputValue();
  assert.ok(book.includes(from), `the book's code has ${from}`);
  await editor.fill(book.replace(from, to));
  await root.getByTestId("apply").click();
  await until(async () => (await root.getAttribute("data-position")) === "0", "the edited code at its start");
}

for (const [chapter, id, from, to, output] of [
  ["reflect/index.html", "reflect-ex-setfield", "reflect.ValueOf(cfg)", "reflect.ValueOf(&cfg).Elem()", /CanSet: true\nRetries = 5/],
  ["interfaces/index.html", "iface-ex-typednil", "\treturn nil\n", "\treturn nf\n", /err != nil: true\nnil pointer inside: true/],
]) {
  test(`the edit exercise ${id} is solved by an edit, not by a run`, async (t) => {
    const { open } = await setup(t);
    const { page, errors } = await open(chapter);
    const root = await widget(page, id);
    const status = root.getByTestId("goal-status");
    assert.equal(await root.getByTestId("goal-text").getAttribute("data-edit"), "true");
    assert.match(await root.getByTestId("goal-text").innerText(), /^Edit the code so that /);
    // The book's code, run to its end, does not reach the goal.
    await runToEnd(root);
    assert.equal(await status.getAttribute("data-reached"), "false");
    assert.equal(await root.getByTestId("goal-solved").count(), 0);
    await edit(root, from, to);
    await runToEnd(root);
    assert.match(await root.getByTestId("output").innerText(), output);
    await until(async () => (await status.getAttribute("data-reached")) === "true", "the goal reached");
    assert.match(await root.getByTestId("goal-solved").innerText(), /Solved by your own steps/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
