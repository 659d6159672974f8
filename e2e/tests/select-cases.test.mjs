// Issue 17's stumble #5: when a goroutine's select has several ready cases, the reader
// chooses which one fires, from the goroutine's lane (Go would pick one at random). The hub
// chapter's "unbuffered reply" solution asks for exactly that: let `close(closed)` run, let
// the hub take ada's request, then pick `<-closed` and watch the hub deadlock. A share link
// made after the choice reopens the same run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lanes, openLink, position, runToEnd, setup, shareLink, snapshot, until, widget } from "../lib.js";

/** The case buttons shown under goroutine `gid`'s lane: [{ testid, text }]. */
async function caseButtons(root, gid) {
  return root.evaluate(
    (el, g) =>
      [...el.querySelectorAll(`[data-testid^="case-${g}-"]`)].map((b) => ({
        testid: b.dataset.testid,
        text: b.textContent,
      })),
    gid,
  );
}

test("the reader chooses a ready select case", async (t) => {
  const { open } = await setup(t);
  const { page, errors, context } = await open("hub/index.html");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const root = await widget(page, "hub-who");

  // main starts the hub (goroutine 2), ada's readPump (3) and `go close(closed)` (4). Run 4
  // as soon as it can and the hub whenever it can, else let the scheduler go on, until ada's
  // select has both cases ready: the hub is then inside `req.reply <- h.names` and `closed`
  // is closed.
  const runnable = (lane) => lane && lane.status !== "done" && !lane.disabled;
  let cases = [];
  for (let n = 0; n < 60 && cases.length === 0; n++) {
    const state = await lanes(root);
    const before = await position(root);
    if (runnable(state["4"])) {
      await root.getByTestId("lane-4").click();
    } else if (runnable(state["2"])) {
      await root.getByTestId("lane-2").click();
    } else {
      await root.getByTestId("step").click();
    }
    await until(async () => (await position(root)) === before + 1, `step ${before + 1}`);
    cases = await caseButtons(root, 3);
    assert.notEqual(await root.getAttribute("data-finished"), "true", "the run ended before the choice");
  }
  assert.equal(cases.length, 2, `ada's select offers both cases: ${JSON.stringify(cases)}`);
  const group = root.getByTestId("cases-3");
  assert.match(await group.getAttribute("aria-label"), /goroutine 3's select: choose the case that fires/);
  const closedCase = cases.find((c) => c.text.includes("<-closed"));
  assert.ok(closedCase, `a button names <-closed: ${JSON.stringify(cases)}`);
  assert.ok(cases.some((c) => c.text.includes("names := <-req.reply")), JSON.stringify(cases));

  // Keyboard: focus the case button and press Enter.
  const button = root.getByTestId(closedCase.testid);
  await button.focus();
  const at = await position(root);
  await page.keyboard.press("Enter");
  await until(async () => (await position(root)) === at + 1, "the chosen case's step");
  // The choice is made: no chooser for this select any more.
  assert.equal((await caseButtons(root, 3)).length, 0);

  // Run to the end: ada leaves, the hub is stuck on its reply, main blocks on broadcast.
  const output = await runToEnd(root);
  assert.match(output, /ada: gone before the answer/);
  assert.doesNotMatch(output, /ada: here are/);
  assert.match(output, /fatal error: all goroutines are asleep - deadlock!/);
  assert.equal(await root.getByTestId("goal-status").getAttribute("data-reached"), "true");

  // A share link reopens the same run, the chosen case included.
  const state = await snapshot(root);
  const url = await shareLink(page, root);
  assert.match(url, /#gosim=hub-who&/, `share link: ${url}`);
  const { page: other, errors: otherErrors, root: again } = await openLink(open, url, "hub-who", state.position);
  assert.deepEqual(await snapshot(again), state, `the link ${url} reopened another run`);
  assert.match(await again.getByTestId("output").innerText(), /ada: gone before the answer/);

  assert.deepEqual(errors, []);
  assert.deepEqual(otherErrors, []);
  await other.close();
  await page.close();
});
