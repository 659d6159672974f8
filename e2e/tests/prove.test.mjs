// "Check every schedule" on the never-deadlock exercises (issue 16): the search runs in a
// Web Worker with a progress bar whose counts rise, Cancel stops it and leaves the widget
// usable, and a fixed program gets the complete "no schedule deadlocks" proof.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  applyCode,
  cancelSearch,
  clickTo,
  ENDLESS,
  openWithoutWorker,
  position,
  searchUnderway,
  setup,
  until,
  widget,
} from "../lib.js";

const MUTEX = "sync/mutex.html";
const CHANNELS = "channels/index.html";

// The lock-ordering exercise, fixed: both goroutines take a before b.
const LOCKS_FIXED = `package main

import (
	"fmt"
	"sync"
)

var a, b sync.Mutex

func main() {
	done := make(chan bool)
	go func() {
		a.Lock()
		b.Lock()
		fmt.Println("goroutine 2: has a and b")
		b.Unlock()
		a.Unlock()
		done <- true
	}()
	a.Lock()
	b.Lock()
	fmt.Println("main: has a and b")
	b.Unlock()
	a.Unlock()
	<-done
}
`;

// The channel exercise, fixed: receive first, then ask the worker to stop.
const CHANNEL_FIXED = `package main

import "fmt"

func main() {
	results := make(chan int)
	quit := make(chan bool, 1)

	go func() {
		for i := 1; ; i++ {
			select {
			case results <- i:
			case <-quit:
				return
			}
		}
	}()

	fmt.Println(<-results)
	quit <- true
}
`;

const PROOF = /^No schedule deadlocks: every one of the [\d,]+ distinct interleavings checked\.$/;

/** "Check every schedule" on the code the widget runs must end in the complete proof. */
async function proves(t, root) {
  await root.getByTestId("find").click();
  const proof = await root.getByTestId("find-result").innerText({ timeout: 60_000 });
  assert.match(proof, PROOF);
  t.diagnostic(proof);
}

test("checking every schedule", async (t) => {
  const browser = await setup(t);

  await t.test("progress rises in a worker; Cancel stops it and the widget still works", async () => {
    const { page, errors } = await browser.open(MUTEX);
    const root = await widget(page, "mutex-lock-order-fix");
    await applyCode(root, ENDLESS);
    await searchUnderway(root, "find", "worker");
    assert.match(await root.getByTestId("find-counts").innerText(), /[\d,]+ schedules, [\d,]+ states/);
    // The page's own controls answer while the worker searches.
    await clickTo(root, "step", 1);
    await clickTo(root, "step", 2);
    await cancelSearch(root);
    assert.match(await root.getByTestId("find-result").innerText(), /^Search cancelled after [\d,]+ schedules?\.$/);
    assert.equal(await root.getByTestId("find").isEnabled(), true);
    assert.equal(await position(root), 2);
    await clickTo(root, "step", 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("the book's code gets a deadlocking schedule; the fixed one a proof", async (t) => {
    const { page, errors } = await browser.open(MUTEX);
    const root = await widget(page, "mutex-lock-order-fix");
    const status = root.getByTestId("goal-status");
    await root.getByTestId("find").click();
    const found = await root.getByTestId("find-result").innerText({ timeout: 60_000 });
    assert.match(found, /^Found a schedule that deadlocks/);
    t.diagnostic(found);
    assert.equal(await position(root), 0);
    assert.equal(await status.getAttribute("data-reached"), "false");
    // Forward walks the loaded counterexample into Go's deadlock.
    const steps = Number(/walks it \((\d+) steps\)/.exec(found)[1]);
    for (let n = 1; n <= steps; n++) await clickTo(root, "forward", n);
    assert.match(await root.getByTestId("output").innerText(), /fatal error: all goroutines are asleep - deadlock!/);
    await applyCode(root, LOCKS_FIXED);
    await proves(t, root);
    await until(async () => (await status.getAttribute("data-reached")) === "true", "the goal solved");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("without Worker the search runs in the page in slices, and the page still answers", async (t) => {
    const { page, errors } = await openWithoutWorker(browser, MUTEX);
    const root = await widget(page, "mutex-lock-order-fix");
    await applyCode(root, ENDLESS);
    await searchUnderway(root, "find", "page");
    await clickTo(root, "step", 1);
    await cancelSearch(root);
    await applyCode(root, LOCKS_FIXED);
    await proves(t, root);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("the channel chapter's fixed program is proven too", async (t) => {
    const { page, errors } = await browser.open(CHANNELS);
    const root = await widget(page, "exercise-deadlock-fix");
    await applyCode(root, CHANNEL_FIXED);
    await proves(t, root);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
