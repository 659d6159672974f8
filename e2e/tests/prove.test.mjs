// "Check every schedule" on the never-deadlock exercises (issue 16): the search runs in a
// Web Worker with a progress bar whose counts rise, Cancel stops it and leaves the widget
// usable, and a fixed program gets the complete "no schedule deadlocks" proof.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clickTo, position, setup, until, widget } from "../lib.js";

const MUTEX = "sync/mutex.html";
const CHANNELS = "channels/index.html";

// Four goroutines printing in turn: no deadlock, but the order of their prints is
// observable, so there are billions of distinct interleavings. The search cannot finish
// soon, which is what the progress and Cancel tests need.
const ENDLESS = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 6; i++ {
				fmt.Println(g, i)
			}
		}()
	}
	wg.Wait()
}
`;

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

async function load(root, code) {
  await root.getByTestId("editor").fill(code);
  await root.getByTestId("apply").click();
  await until(async () => (await root.getByTestId("editor").inputValue()) === code, "the code");
}

async function schedules(root) {
  return Number(await root.getByTestId("find-progress").getAttribute("data-schedules"));
}

const PROOF = /^No schedule deadlocks: every one of the [\d,]+ distinct interleavings checked\.$/;

test("checking every schedule", async (t) => {
  const { open, newContext } = await setup(t);

  await t.test("progress rises in a worker; Cancel stops it and the widget still works", async () => {
    const { page, errors } = await open(MUTEX);
    const root = await widget(page, "mutex-lock-order-fix");
    await load(root, ENDLESS);
    await root.getByTestId("find").click();
    const progress = root.getByTestId("find-progress");
    await progress.waitFor();
    assert.equal(await progress.getAttribute("data-where"), "worker");
    await until(async () => (await schedules(root)) > 0, "a first progress report", 30_000);
    const first = await schedules(root);
    await until(async () => (await schedules(root)) > first, "the schedule count to rise", 30_000);
    assert.match(await root.getByTestId("find-counts").innerText(), /[\d,]+ schedules, [\d,]+ states/);
    // The page's own controls answer while the worker searches.
    await clickTo(root, "step", 1);
    await clickTo(root, "step", 2);
    await root.getByTestId("find-cancel").click();
    await progress.waitFor({ state: "detached" });
    assert.match(await root.getByTestId("find-result").innerText(), /^Search cancelled after [\d,]+ schedules?\.$/);
    assert.equal(await root.getByTestId("find").isEnabled(), true);
    assert.equal(await position(root), 2);
    await clickTo(root, "step", 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("the book's code gets a deadlocking schedule; the fixed one a proof", async (t) => {
    const { page, errors } = await open(MUTEX);
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
    await load(root, LOCKS_FIXED);
    await root.getByTestId("find").click();
    const proof = await root.getByTestId("find-result").innerText({ timeout: 60_000 });
    assert.match(proof, PROOF);
    t.diagnostic(proof);
    await until(async () => (await status.getAttribute("data-reached")) === "true", "the goal solved");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("without Worker the search runs in the page in slices, and the page still answers", async (t) => {
    const context = await newContext();
    await context.addInitScript(() => {
      delete window.Worker;
    });
    const { page, errors } = await open(MUTEX, { context });
    const root = await widget(page, "mutex-lock-order-fix");
    await load(root, ENDLESS);
    await root.getByTestId("find").click();
    const progress = root.getByTestId("find-progress");
    await progress.waitFor();
    assert.equal(await progress.getAttribute("data-where"), "page");
    await until(async () => (await schedules(root)) > 0, "a first progress report", 30_000);
    const first = await schedules(root);
    await until(async () => (await schedules(root)) > first, "the schedule count to rise", 30_000);
    await clickTo(root, "step", 1);
    await root.getByTestId("find-cancel").click();
    await progress.waitFor({ state: "detached" });
    await load(root, LOCKS_FIXED);
    await root.getByTestId("find").click();
    const proof = await root.getByTestId("find-result").innerText({ timeout: 60_000 });
    assert.match(proof, PROOF);
    t.diagnostic(proof);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("the channel chapter's fixed program is proven too", async (t) => {
    const { page, errors } = await open(CHANNELS);
    const root = await widget(page, "exercise-deadlock-fix");
    await load(root, CHANNEL_FIXED);
    await root.getByTestId("find").click();
    const proof = await root.getByTestId("find-result").innerText({ timeout: 60_000 });
    assert.match(proof, PROOF);
    t.diagnostic(proof);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
