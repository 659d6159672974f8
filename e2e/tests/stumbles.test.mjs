// Issue 17's learner stumbles that the engine and the text fix, as a reader meets them:
// #1 a goroutine started by `go close(closed)` is named as Go's traceback names it;
// #6 the step that leaves every goroutine blocked ends the run with the deadlock, at once;
// #9 the timeline's legend tells the waking line from the current-step line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clickTo, lanes, setup, until, widget } from "../lib.js";

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
});
