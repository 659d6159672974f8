// "List outcomes" (issue 16): the listing runs in the Web Worker, as "find it for me" does,
// with a progress bar and Cancel, and the page answers meanwhile; a small program gets its
// complete list; without Worker it runs in the page in slices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clickTo, position, setup, until, widget } from "../lib.js";

const MUTEX = "sync/mutex.html";
const BLOCK = "mutex-lock-order-fix";

// Four goroutines printing in turn: billions of interleavings, so the listing runs on.
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

// Two prints in either order: two outcomes, every interleaving tried.
const TWO = `package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("a")
		done <- true
	}()
	fmt.Println("b")
	<-done
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

async function listsTwo(root) {
  await root.getByTestId("outcomes").click();
  const list = root.getByTestId("outcome-list");
  await list.waitFor({ timeout: 60_000 });
  assert.match(await list.innerText(), /^2 distinct outcomes in [\d,]+ runs, every interleaving tried\./);
  assert.equal(await root.locator('[data-testid^="outcome-load-"]').count(), 2);
}

test("listing the outcomes", async (t) => {
  const { open, newContext } = await setup(t);

  await t.test("in a worker, with progress; Cancel stops it and the widget still works", async () => {
    const { page, errors } = await open(MUTEX);
    const root = await widget(page, BLOCK);
    await load(root, ENDLESS);
    await root.getByTestId("outcomes").click();
    const progress = root.getByTestId("find-progress");
    await progress.waitFor();
    assert.equal(await progress.getAttribute("data-where"), "worker");
    await until(async () => (await schedules(root)) > 0, "a first progress report", 30_000);
    const first = await schedules(root);
    await until(async () => (await schedules(root)) > first, "the schedule count to rise", 30_000);
    assert.equal(await root.getByTestId("outcomes").isEnabled(), false);
    // The page's controls answer while the worker lists.
    await clickTo(root, "step", 1);
    await root.getByTestId("find-cancel").click();
    await progress.waitFor({ state: "detached" });
    assert.match(await root.getByTestId("outcomes-cancelled").innerText(), /^Listing cancelled after [\d,]+ schedules?\.$/);
    assert.equal(await root.getByTestId("outcomes").isEnabled(), true);
    assert.equal(await position(root), 1);
    await load(root, TWO);
    await listsTwo(root);
    // A listed run loads.
    await root.getByTestId("outcome-load-0").click();
    await until(async () => /Loaded that outcome/.test(await root.innerText()), "the outcome loaded");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("without Worker the listing runs in the page, in slices", async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      delete window.Worker;
    });
    const { page, errors } = await open(MUTEX, { context });
    const root = await widget(page, BLOCK);
    await load(root, ENDLESS);
    await root.getByTestId("outcomes").click();
    const progress = root.getByTestId("find-progress");
    await progress.waitFor();
    assert.equal(await progress.getAttribute("data-where"), "page");
    await until(async () => (await schedules(root)) > 0, "a first progress report", 30_000);
    await clickTo(root, "step", 1);
    await root.getByTestId("find-cancel").click();
    await progress.waitFor({ state: "detached" });
    await load(root, TWO);
    await listsTwo(root);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
