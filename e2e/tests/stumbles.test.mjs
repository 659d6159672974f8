// Issue 17's learner stumbles that the engine and the text fix, as a reader meets them:
// #1 a goroutine started by `go close(closed)` is named as Go's traceback names it;
// #6 the step that leaves every goroutine blocked ends the run with the deadlock, at once;
// #9 the timeline's legend tells the waking line from the current-step line.
// And those the widget fixes: #2 lanes after the end, #3 "solved before", #4 code spans in
// goals, #7 what "step 0 of N" counts, #8 memory steps with their values, and Tab in the
// code editor.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clickTo, lanes, markerLines, setup, until, widget } from "../lib.js";

const DEMOS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "demos");

/** The 1-based line of `src` that contains `text`. */
function lineOf(src, text) {
  const i = src.split("\n").findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `no line with ${text}`);
  return i + 1;
}

/** The goroutine the last step's announcement names ("goroutine 2: ..."). */
async function announced(root) {
  const text = await root.getByTestId("live-region").textContent();
  const m = /goroutine (\d+)/.exec(text);
  assert.ok(m, `no goroutine in the announcement ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/**
 * Finds the goal with "find it for me", walks the found steps with Step to learn which
 * goroutine took each, and returns that sequence: a reader can then take the same steps
 * by hand (lane clicks), which counts as their own solution.
 */
async function foundSequence(root) {
  await root.getByTestId("find").click();
  await root.getByTestId("find-result").waitFor({ timeout: 30_000 });
  const total = Number(/of (\d+) recorded steps/.exec(await root.getByTestId("position").textContent())?.[1]);
  assert.ok(total > 0, "the found steps are recorded");
  const sequence = [];
  for (let n = 1; n <= total; n++) {
    await clickTo(root, "step", n);
    sequence.push(await announced(root));
  }
  assert.equal(await root.getByTestId("goal-status").getAttribute("data-reached"), "true");
  // Reaching the goal along the found path is no solution of the reader's.
  assert.equal(await root.getByTestId("goal-solved").count(), 0, "a found path is no solve");
  return sequence;
}

test("learner stumbles fixed in the engine and the text", async (t) => {
  const { open } = await setup(t);

  await t.test("#1: `go close(closed)` runs in main.main.gowrap2, as Go names it", async () => {
    const { page, errors } = await open("hub/index.html");
    const root = await widget(page, "hub-who");
    // main starts h.run (goroutine 2), ada's readPump (3), then `go close(closed)` (4).
    let n = 0;
    while (!(await lanes(root))["4"]) {
      await clickTo(root, "step", ++n);
      assert.ok(n < 30, "goroutine 4 never started");
    }
    const lane = (await lanes(root))["4"];
    // go1.27.3's traceback for this program (GOTRACEBACK=all, before it runs) names it so.
    assert.match(lane.text, /main\.main\.gowrap2/, `lane 4: ${JSON.stringify(lane)}`);
    assert.doesNotMatch(lane.text, /rtError/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("#6: when every goroutine is blocked, the deadlock is already declared", async () => {
    const { page, errors } = await open("channels/index.html");
    const root = await widget(page, "exercise-deadlock");
    await root.getByTestId("find").click();
    await root.getByTestId("find-result").waitFor({ timeout: 30_000 });
    // The found schedule, run to its end: the deadlock.
    await root.getByTestId("run").click();
    await root.getByTestId("finish").waitFor({ timeout: 30_000 });
    await until(async () => (await root.getAttribute("data-finished")) === "true", "the found deadlock", 30_000);
    // At the deadlock and at every step before it: all live goroutines blocked means the
    // run has ended (the old engine needed one more Step to say so).
    for (let back = 0; back < 6; back++) {
      const state = await lanes(root);
      const live = Object.values(state).filter((l) => l.status !== "done");
      const allBlocked = live.length > 0 && live.every((l) => l.status === "blocked");
      const finished = (await root.getAttribute("data-finished")) === "true";
      if (allBlocked) assert.ok(finished, `every goroutine blocked, yet not finished: ${JSON.stringify(state)}`);
      if (back === 0) assert.ok(allBlocked, `at the deadlock every goroutine is blocked: ${JSON.stringify(state)}`);
      const at = Number(await root.getAttribute("data-position"));
      if (at === 0) break;
      await clickTo(root, "back", at - 1);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("#9: the timeline legend says which vertical line is the current step", async () => {
    const { page, errors } = await open("channels/index.html");
    const root = await widget(page, "handoff");
    await clickTo(root, "step", 1);
    const legend = await root.locator(".gosim-legend").textContent();
    assert.match(legend, /woke that goroutine/);
    assert.match(legend, /the step the program is at/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("#2, #3: by-hand solve of `reuse too soon`: lanes at the end, no 'solved before'", async () => {
    const src = fs.readFileSync(path.join(DEMOS, "sync", "wg_reuse.go"), "utf8");
    const waitLine = lineOf(src, "wg.Wait()");
    const goLine = lineOf(src, "go func()");
    // A fresh profile (a new browser context has empty storage).
    const { page, errors, context } = await open("sync/waitgroup.html");
    let root = await widget(page, "wg-reuse");
    assert.equal(await root.getByTestId("goal-solved").count(), 0, "fresh profile: no note");
    const sequence = await foundSequence(root);
    // Forget the found steps and take the same ones by hand.
    await clickTo(root, "reset", 0);
    for (let i = 0; i < sequence.length; i++) {
      await clickTo(root, `lane-${sequence[i]}`, i + 1);
    }
    await until(async () => (await root.getAttribute("data-finished")) === "true", "the panic");
    assert.equal(await root.getByTestId("goal-status").getAttribute("data-reached"), "true");
    // #3: the first solve says so, and not that it was solved before.
    const note = await root.getByTestId("goal-solved").textContent();
    assert.doesNotMatch(note, /before/, `first solve: ${note}`);
    assert.match(note, /own steps/);

    // #2: every lane says where its goroutine was when the panic ended the program.
    const state = await lanes(root);
    for (const [gid, lane] of Object.entries(state)) {
      if (!/^\d+$/.test(gid)) continue;
      assert.doesNotMatch(lane.text, /not started yet/, `lane ${gid}: ${lane.text}`);
      assert.ok(lane.disabled, `lane ${gid} cannot be run after the end`);
    }
    // The watcher (goroutine 2) panicked inside wg.Wait(): its lane and marker say so.
    assert.match(state["2"].text, new RegExp(`panicked on line ${waitLine}, ending the program`), state["2"].text);
    assert.doesNotMatch(state["1"].text, /^runnable,/m, state["1"].text);
    const markers = await markerLines(root);
    assert.equal(markers["2"], waitLine, `marker 2 (go func() is line ${goLine}): ${JSON.stringify(markers)}`);
    assert.notEqual(markers["2"], goLine);

    // #3: a later visit in the same profile remembers it.
    const again = await context.newPage();
    await again.goto(page.url(), { waitUntil: "load" });
    root = await widget(again, "wg-reuse");
    await until(async () => (await root.getByTestId("goal-solved").count()) === 1, "the remembered solve");
    assert.match(await root.getByTestId("goal-solved").textContent(), /solved this one before/);
    assert.deepEqual(errors, []);
    await again.close();
    await page.close();
  });

  await t.test("#4, #7, #8: the lost-update card, the step count and memory values", async () => {
    const { page, errors } = await open("sync/mutex.html");
    const root = await widget(page, "mutex-lost-update");
    // #4: `n` is code on the card, without backticks.
    const goal = root.getByTestId("goal-text");
    assert.doesNotMatch(await goal.textContent(), /`/);
    assert.equal(await goal.locator("code").first().textContent(), "n");

    // #7: the two numbers say what they count.
    await root.getByTestId("find").click();
    const result = await root.getByTestId("find-result").textContent({ timeout: 30_000 });
    const pos = await root.getByTestId("position").textContent();
    const steps = Number(/^step 0 of (\d+) recorded steps/.exec(pos)?.[1]);
    assert.ok(steps > 0, `position: ${pos}`);
    const schedule = /the schedule (\S+) \((\d+) decisions?/.exec(result);
    assert.ok(schedule, `find result: ${result}`);
    assert.equal(schedule[1].split(".").length, Number(schedule[2]), result);
    assert.match(result, new RegExp(`It takes ${steps} steps?`), result);

    // #8: a memory step's lane says the value read or written, and the variable.
    const seen = [];
    for (let n = 1; n <= steps; n++) {
      await clickTo(root, "step", n);
      const text = await root.getByTestId("live-region").textContent();
      // Only the steps on `n`: main's reads of the captured `done` are memory steps too.
      if (!/(reads|writes) \S+ (from|to) n on line/.test(text)) continue;
      seen.push(text);
      // The lane of the goroutine that took it says the same, at once.
      const lane = (await lanes(root))[String(await announced(root))];
      assert.match(lane.text, /last: (read \d+ from|wrote \d+ to) n \(line \d+\)/, lane.text);
    }
    assert.ok(seen.some((t) => /reads 0 from n on line/.test(t)), `memory steps: ${JSON.stringify(seen)}`);
    assert.ok(seen.some((t) => /writes 1 to n on line/.test(t)), `memory steps: ${JSON.stringify(seen)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("the code's text area never scrolls away from its highlighting", async () => {
    const { page, errors } = await open("sync/mutex.html");
    const root = await widget(page, "mutex-lost-update");
    const editor = root.getByTestId("editor");
    // Whatever scrolls it (the browser keeping the caret in view as the reader types), the
    // text area is put back: squeezed so that it can scroll, then scrolled, it is at 0, 0
    // again a frame later, and stays there once its size is back.
    const after = await editor.evaluate(async (el) => {
      el.style.height = "2em";
      el.style.width = "4em";
      el.scrollTop = 40;
      el.scrollLeft = 30;
      const moved = [el.scrollTop, el.scrollLeft];
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const back = [el.scrollTop, el.scrollLeft];
      el.style.height = "";
      el.style.width = "";
      return { moved, back };
    });
    assert.ok(after.moved[0] > 0 && after.moved[1] > 0, `the squeezed text area did not scroll: ${JSON.stringify(after)}`);
    assert.deepEqual(after.back, [0, 0], `the text area stayed scrolled: ${JSON.stringify(after)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("Tab moves focus out of the code unless the reader is editing", async () => {
    const { page, errors, context } = await open("sync/mutex.html");
    let root = await widget(page, "mutex-lost-update");
    const editor = root.getByTestId("editor");
    const book = await editor.inputValue();
    const inEditor = () => editor.evaluate((el) => document.activeElement === el);
    // Tabbing through: Tab arrives in the code and leaves it, typing nothing.
    await editor.focus();
    assert.equal(await editor.getAttribute("data-editing"), "false");
    await page.keyboard.press("Tab");
    await until(async () => !(await inEditor()), "Tab to leave the code");
    assert.equal(await editor.inputValue(), book, "Tab typed into the code");
    await page.keyboard.press("Shift+Tab");
    await until(inEditor, "Shift+Tab back into the code");
    // Enter starts editing (typing no newline); Tab then types a tab and stays.
    await page.keyboard.press("Enter");
    await until(async () => (await editor.getAttribute("data-editing")) === "true", "editing mode");
    assert.equal(await editor.inputValue(), book, "Enter typed into the code");
    await page.keyboard.press("Tab");
    assert.equal((await editor.inputValue()).length, book.length + 1);
    assert.ok((await editor.inputValue()).includes("\t"));
    assert.ok(await inEditor(), "Tab while editing stays in the code");
    // Escape stops editing and stays; Tab then moves on.
    await page.keyboard.press("Escape");
    await until(async () => (await editor.getAttribute("data-editing")) === "false", "Escape to stop editing");
    assert.ok(await inEditor(), "the first Escape stays in the code");
    await page.keyboard.press("Tab");
    await until(async () => !(await inEditor()), "Tab to leave after Escape");
    assert.equal((await editor.inputValue()).length, book.length + 1, "no second tab typed");
    // A click starts editing too; leaving the code ends it.
    await editor.click();
    await until(async () => (await editor.getAttribute("data-editing")) === "true", "a click to edit");
    await root.getByTestId("reset-code").click();
    await until(async () => (await editor.getAttribute("data-editing")) === "false", "leaving to end editing");
    await until(async () => (await editor.inputValue()) === book, "the book's code back");
    // The keys help says so.
    await root.getByTestId("keys").click();
    const help = await root.getByTestId("keys-help").textContent();
    assert.match(help, /start editing/);
    assert.match(help, /moves to the next control/);
    // Tabbing through a fresh page leaves nothing to bring back.
    const fresh = await context.newPage();
    await fresh.goto(page.url(), { waitUntil: "load" });
    root = await widget(fresh, "mutex-lost-update");
    await root.getByTestId("editor").focus();
    await fresh.keyboard.press("Tab");
    await fresh.reload({ waitUntil: "load" });
    root = await widget(fresh, "mutex-lost-update");
    assert.equal(await root.getByTestId("notice").count(), 0, "no 'Your edited code is back'");
    assert.deepEqual(errors, []);
    await fresh.close();
    await page.close();
  });
});
