// The x/sync inspector cards in the book: the semaphore chapter's head-of-line widget is
// stepped until a waiter for 5 blocks the front of the queue with 1 token free and a waiter
// for 1 behind it, and the card must say so (tokens, the queue in order, who blocks whom).
import { test } from "node:test";
import assert from "node:assert/strict";
import { clickTo, setup, widget } from "../lib.js";

const CHAPTER = "semaphore/index.html";

test("the semaphore card shows a head-of-line block", async (t) => {
  const { open } = await setup(t);
  const { page, errors } = await open(CHAPTER);
  const root = await widget(page, "semaphore-hol-timeout");
  const card = root.locator('[data-testid="semaphore-state"]');
  // Step until both are queued: big (goroutine 2) at the front, small behind it.
  let n = 0;
  while ((await card.count()) === 0 || (await card.getAttribute("data-waiters")) !== "2") {
    await clickTo(root, "step", ++n);
    assert.ok(n < 60, "no head-of-line block within 60 steps");
  }
  assert.equal(await card.getAttribute("data-blocked-by"), "2");
  assert.equal(await card.getAttribute("data-size"), "10");
  assert.equal(await card.getAttribute("data-cur"), "9");
  assert.equal(await card.getAttribute("data-waiters"), "2");
  const text = (await card.innerText()).replace(/\s+/g, " ");
  assert.match(text, /■{9}□/, "nine tokens lent out, one free");
  assert.match(text, /Head-of-line block: goroutine 2 wants 5 with 1 free/);
  assert.match(text, /Waiting although it would fit: goroutine 3 \(wants 1\)/);
  // The frame's queue: front first, each waiter with its goroutine and weight.
  const queue = root.locator('article:has([data-testid="semaphore-state"]) [data-testid="waiter"]');
  const waiters = await queue.evaluateAll((els) =>
    els.map((e) => `${e.dataset.goroutine} ${e.querySelector(".gosim-waiter-what").textContent}`),
  );
  assert.deepEqual(waiters, ["2 Acquire 5", "3 Acquire 1"]);
  // Once big's deadline passes it leaves the queue and lets small through.
  while ((await card.getAttribute("data-blocked-by")) !== "") {
    await clickTo(root, "step", ++n);
    assert.ok(n < 200, "the block never ended");
  }
  assert.deepEqual(errors, []);
  await page.close();
});
