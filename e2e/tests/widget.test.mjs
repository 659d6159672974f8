// The widget's controls in the channels chapter, read through the data-testid hooks:
// Step, choosing a goroutine, Back, share links, and "find it for me".
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  clickTo,
  lanes,
  markerLines,
  openLink,
  position,
  setup,
  shareLink,
  snapshot,
  until,
  waitPosition,
  widget,
} from "../lib.js";

const CHAPTER = "channels/index.html";

/** The goroutine the live region says took the last step ("goroutine 2: chan send on line 8"). */
async function announced(root) {
  const text = await root.getByTestId("live-region").textContent();
  const match = /goroutine (\d+)/.exec(text);
  assert.ok(match, `the live region names no goroutine: ${JSON.stringify(text)}`);
  return match[1];
}

test("the widget's controls", async (t) => {
  const { open } = await setup(t);

  await t.test("Step moves the marker of the goroutine that ran, and no other", async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "handoff");
    assert.equal(await position(root), 0);
    // At the start only main exists, on its first line.
    const start = await markerLines(root);
    assert.deepEqual(Object.keys(start), ["1"], `markers at the start: ${JSON.stringify(start)}`);
    let moved = 0;
    for (let n = 1; n <= 4; n++) {
      const before = await markerLines(root);
      await clickTo(root, "step", n);
      const ran = await announced(root);
      const after = await markerLines(root);
      if (n === 1) assert.equal(ran, "1", "the first step can only be main's");
      for (const [gid, line] of Object.entries(before)) {
        if (gid !== ran) {
          assert.equal(after[gid], line, `step ${n} ran goroutine ${ran} but moved goroutine ${gid}'s marker`);
        }
      }
      if (after[ran] !== before[ran]) moved++;
    }
    assert.ok(moved >= 2, "four steps should move the running goroutine's marker");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("clicking a lane runs that goroutine; a blocked one is disabled with its reason", async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "handoff");
    // main: make, go (goroutine 2 now exists, not started).
    let n = 0;
    while (!(await lanes(root))["2"]) await clickTo(root, "step", ++n);
    // Run goroutine 2 by its lane: it prints "worker: sending", then blocks sending.
    const before = await markerLines(root);
    let state = await lanes(root);
    assert.equal(state["2"].disabled, false, `lane 2 should be runnable: ${JSON.stringify(state)}`);
    await root.getByTestId("lane-2").click();
    await waitPosition(root, ++n);
    assert.equal(await announced(root), "2");
    let after = await markerLines(root);
    assert.equal(after["1"], before["1"], "clicking lane 2 must not move main");
    // Keep choosing goroutine 2 until it blocks in the send nobody receives yet.
    while ((await lanes(root))["2"].status !== "blocked") {
      await root.getByTestId("lane-2").click();
      await waitPosition(root, ++n);
      assert.equal(await announced(root), "2");
      assert.ok(n < 20, "goroutine 2 never blocked");
    }
    state = await lanes(root);
    assert.equal(state["2"].disabled, true, "a blocked lane is disabled");
    assert.match(state["2"].label, /blocked: chan send/, "the lane says why it is blocked");
    assert.match(await root.getByTestId("output").innerText(), /worker: sending/);
    // Clicking the blocked lane does nothing.
    const frozen = await snapshot(root);
    await root.getByTestId("lane-2").click({ force: true });
    await page.waitForTimeout(300);
    assert.deepEqual(await snapshot(root), frozen, "a click on a blocked lane changed the state");
    // main can still run: it reads ch (a memory step), then receives, which unblocks
    // goroutine 2; all the while goroutine 2's marker stays on its send.
    const blockedAt = (await markerLines(root))["2"];
    for (let tries = 0; (await lanes(root))["2"].status === "blocked"; tries++) {
      assert.ok(tries < 5, "main's receive never unblocked goroutine 2");
      await root.getByTestId("lane-1").click();
      await waitPosition(root, ++n);
      assert.equal(await announced(root), "1");
      assert.equal((await markerLines(root))["2"], blockedAt);
    }
    assert.equal((await lanes(root))["2"].disabled, false, "an unblocked lane is enabled again");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("Back restores the previous state exactly", async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "nil-merge");
    const states = [await snapshot(root)];
    // Forward to the end, choosing goroutines by lane now and then so the run is not just the
    // scheduler's default order.
    for (let n = 1; n <= 300 && (await root.getAttribute("data-finished")) !== "true"; n++) {
      const runnable = Object.entries(await lanes(root)).filter(([, l]) => !l.disabled);
      if (n % 3 === 0 && runnable.length > 1) {
        await root.getByTestId(`lane-${runnable[runnable.length - 1][0]}`).click();
        await waitPosition(root, n);
      } else {
        await clickTo(root, "step", n);
      }
      states.push(await snapshot(root));
    }
    assert.ok(states.length > 10, `only ${states.length - 1} steps were taken`);
    assert.equal(await root.getAttribute("data-finished"), "true", "the program did not finish in 300 steps");
    // Every Back must give back exactly the screen of the step before.
    for (let n = states.length - 2; n >= 0; n--) {
      await clickTo(root, "back", n);
      assert.deepEqual(await snapshot(root), states[n], `after Back to step ${n}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  // Each case: a block, and how the reader moves before sharing. Lane picks matter: a
  // pick of the only runnable goroutine once went into the schedule as a decision and
  // made such links fail to load (nil-merge) or open another state (buffered).
  const shareCases = [
    { id: "buffered", how: "scheduler", pick: () => false },
    { id: "nil-merge", how: "highest lane", pick: () => true },
    { id: "buffered", how: "step and lane by turns", pick: (n) => n % 2 === 0 },
  ];
  for (const c of shareCases) {
    await t.test(`a share link reopens the same state (${c.id}, ${c.how})`, async () => {
      const { page, errors, context } = await open(CHAPTER);
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const root = await widget(page, c.id);
      let n = 0;
      for (n = 1; n <= 10 && (await root.getAttribute("data-finished")) !== "true"; n++) {
        const runnable = Object.entries(await lanes(root)).filter(([, l]) => !l.disabled);
        if (c.pick(n) && runnable.length > 0) {
          await root.getByTestId(`lane-${runnable[runnable.length - 1][0]}`).click();
          await waitPosition(root, n);
        } else {
          await clickTo(root, "step", n);
        }
      }
      // One step back, so the state is in the middle of what was recorded.
      await clickTo(root, "back", n - 2);
      const state = await snapshot(root);
      const url = await shareLink(page, root);
      assert.match(url, new RegExp(`#gosim=${c.id}&`), `share link: ${url}`);
      // A fresh reader: a new browser context (no storage), the link as the address.
      const { page: other, errors: otherErrors, root: again } = await openLink(open, url, c.id, state.position);
      assert.deepEqual(await snapshot(again), state, `the link ${url} reopened another state`);
      assert.deepEqual(errors, []);
      assert.deepEqual(otherErrors, []);
      await other.close();
      await page.close();
    });
  }

  await t.test('"find it for me" reaches the exercise goal', async () => {
    const { page, errors } = await open(CHAPTER);
    const root = await widget(page, "exercise-deadlock");
    const status = root.getByTestId("goal-status");
    assert.equal(await status.getAttribute("data-reached"), "false");
    await root.getByTestId("find").click();
    // The search loads the schedule it found from the start; Forward walks it to the goal.
    const found = await root.getByTestId("find-result").innerText({ timeout: 30_000 });
    const at = /reached at step (\d+)/.exec(found);
    assert.ok(at, `find-result: ${found}`);
    const goalStep = Number(at[1]);
    assert.equal(await position(root), 0);
    for (let n = 1; n <= goalStep; n++) {
      assert.equal(await status.getAttribute("data-reached"), "false", `reached early, at step ${n - 1}`);
      await clickTo(root, "forward", n);
    }
    await until(async () => (await status.getAttribute("data-reached")) === "true", "the goal");
    assert.equal(await root.getAttribute("data-finished"), "true");
    const output = await root.getByTestId("output").innerText();
    assert.match(output, /fatal error: all goroutines are asleep - deadlock!/);
    assert.match(await root.getByTestId("finish").innerText(), /exit status 2/);
    assert.ok((await position(root)) > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
