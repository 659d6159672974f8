// "List outcomes" (issue 16): the listing runs in the Web Worker, as "find it for me" does,
// with a progress bar and Cancel, and the page answers meanwhile; a small program gets its
// complete list; without Worker it runs in the page in slices.
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
const BLOCK = "mutex-lock-order-fix";

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

async function listsTwo(root) {
  await root.getByTestId("outcomes").click();
  const list = root.getByTestId("outcome-list");
  await list.waitFor({ timeout: 60_000 });
  assert.match(await list.innerText(), /^2 distinct outcomes in [\d,]+ runs, every interleaving tried\./);
  assert.equal(await root.locator('[data-testid^="outcome-load-"]').count(), 2);
}

test("listing the outcomes", async (t) => {
  const browser = await setup(t);

  await t.test("in a worker, with progress; Cancel stops it and the widget still works", async () => {
    const { page, errors } = await browser.open(MUTEX);
    const root = await widget(page, BLOCK);
    await applyCode(root, ENDLESS);
    await searchUnderway(root, "outcomes", "worker");
    assert.equal(await root.getByTestId("outcomes").isEnabled(), false);
    // The page's controls answer while the worker lists.
    await clickTo(root, "step", 1);
    await cancelSearch(root);
    assert.match(await root.getByTestId("outcomes-cancelled").innerText(), /^Listing cancelled after [\d,]+ schedules?\.$/);
    assert.equal(await root.getByTestId("outcomes").isEnabled(), true);
    assert.equal(await position(root), 1);
    await applyCode(root, TWO);
    await listsTwo(root);
    // A listed run loads.
    await root.getByTestId("outcome-load-0").click();
    await until(async () => /Loaded that outcome/.test(await root.innerText()), "the outcome loaded");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("without Worker the listing runs in the page, in slices", async () => {
    const { page, errors } = await openWithoutWorker(browser, MUTEX);
    const root = await widget(page, BLOCK);
    await applyCode(root, ENDLESS);
    await searchUnderway(root, "outcomes", "page", { rising: false });
    await clickTo(root, "step", 1);
    await cancelSearch(root);
    await applyCode(root, TWO);
    await listsTwo(root);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
