// While a widget has the keyboard, its keys are its own: mdBook's shortcuts (s and / open
// search, ? opens the help, the arrows turn pages) must not fire. Outside the widget they
// still do, which is checked too, so that the test would notice if they never fired at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { position, setup, until, waitPosition, widget } from "../lib.js";

const CHAPTER = "how-to-read.html";

async function searchShown(page) {
  return page.evaluate(() => {
    const wrap = document.getElementById("mdbook-search-wrapper");
    return !!wrap && !wrap.classList.contains("hidden");
  });
}

async function helpShown(page) {
  return page.evaluate(() => {
    const help = document.getElementById("mdbook-help-container");
    return !!help && getComputedStyle(help).display !== "none";
  });
}

test("keyboard shortcuts belong to the focused widget", async (t) => {
  const { open } = await setup(t);
  const { page, errors } = await open(CHAPTER);
  const root = await widget(page, "read-first");
  const url = page.url();
  await root.focus();
  assert.ok(await root.evaluate((el) => el.contains(document.activeElement)), "the widget did not take focus");

  // The widget's own keys work...
  await page.keyboard.press(" ");
  await waitPosition(root, 1);
  await page.keyboard.press("Backspace");
  await waitPosition(root, 0);

  // ...and mdBook's do nothing while it has focus.
  for (const key of ["s", "/", "?", "ArrowRight", "ArrowLeft"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
    assert.equal(await searchShown(page), false, `${key} opened mdBook's search`);
    assert.equal(await helpShown(page), false, `${key} opened mdBook's help`);
    assert.equal(page.url(), url, `${key} turned the page`);
  }
  assert.equal(await position(root), 0, "mdBook's keys must not step the widget either");

  // Escape hands the keyboard back to the page (the widget has no editor focused here).
  await page.keyboard.press("Escape");
  await until(
    () => root.evaluate((el) => !el.contains(document.activeElement)),
    "Escape to leave the widget",
  );
  await page.keyboard.press("s");
  await until(() => searchShown(page), "s to open mdBook's search outside the widget");
  assert.deepEqual(errors, []);
});
