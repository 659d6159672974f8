// Share links made by earlier builds still open: e2e/share-links.json holds links that the
// build of 5b81006 made (with its own DEFLATE coder; the browser's CompressionStream makes
// them now), with the code and position that build showed for each. Also: a link whose code
// is damaged or inflates past the limit is refused with a notice, and the block still opens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { markerLines, setup, shareLink, until } from "../lib.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const { links } = JSON.parse(readFileSync(path.join(here, "..", "share-links.json"), "utf8"));

/** The widget of block `id`, once the link's state is open (its notice says so). */
async function opened(page, id, notice = /Opened from a shared link/) {
  const root = page.locator(`.gosim-widget[data-id="${id}"]`).getByTestId("widget");
  await root.waitFor();
  await until(
    async () => notice.test((await root.getByTestId("notice").textContent().catch(() => "")) || ""),
    `the notice ${notice} on ${id}`,
  );
  return root;
}

/** What the fixture recorded of an opened link. */
async function shown(root) {
  return {
    position: Number(await root.getAttribute("data-position")),
    finished: await root.getAttribute("data-finished"),
    detail: await root.getAttribute("data-detail"),
    markers: await markerLines(root),
    output: await root.getByTestId("output").innerText(),
  };
}

test("share links from earlier builds", async (t) => {
  const { open } = await setup(t);
  assert.ok(links.length >= 8, "the fixture has its links");

  for (const link of links) {
    await t.test(`${link.name}: ${link.id}`, async () => {
      const { page, errors } = await open(link.page + link.fragment);
      const root = await opened(page, link.id);
      assert.equal(await root.getByTestId("editor").inputValue(), link.code, "the code");
      assert.deepEqual(await shown(root), link.expect, `the state of ${link.fragment.slice(0, 80)}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  await t.test("a link is made again and reopens the same state", async () => {
    // The browser's deflate (CompressionStream) makes the link this time.
    const link = links.find((l) => l.name.startsWith("non-ASCII"));
    const { page, errors, context } = await open(link.page + link.fragment);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const root = await opened(page, link.id);
    const url = await shareLink(page, root);
    assert.match(url, /&c=z[A-Za-z0-9_-]+$/, url);
    const { page: other, errors: otherErrors } = await open(url);
    const again = await opened(other, link.id);
    assert.equal(await again.getByTestId("editor").inputValue(), link.code);
    assert.deepEqual(await shown(again), link.expect);
    assert.deepEqual(errors, []);
    assert.deepEqual(otherErrors, []);
    await other.close();
    await page.close();
  });

  await t.test("what the reader typed is put aside when a link with code opens", async () => {
    const link = links.find((l) => l.name === "short code");
    const { page, errors } = await open(link.page);
    const holder = page.locator(`.gosim-widget[data-id="${link.id}"]`);
    await holder.scrollIntoViewIfNeeded();
    const root = holder.getByTestId("widget");
    await root.waitFor();
    const editor = root.getByTestId("editor");
    await editor.fill("package main\n\nfunc main() { println(\"mine\") }\n");
    await page.evaluate((fragment) => {
      window.location.hash = fragment;
    }, link.fragment);
    await opened(page, link.id);
    assert.equal(await editor.inputValue(), link.code);
    await root.getByTestId("restore-own-code").waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  // 300 KiB of code in a few hundred bytes of link: past the 256 KiB a link may carry.
  const huge = deflateRawSync(Buffer.alloc(300 * 1024, "a")).toString("base64url");
  for (const [what, code] of [
    ["damaged", "zAAAA"],
    ["not DEFLATE", "zbm90IGRlZmxhdGUgYXQgYWxs"],
    ["past the size limit", `z${huge}`],
  ]) {
    await t.test(`a link with ${what} code is refused and the block opens as usual`, async () => {
      const link = links.find((l) => l.name === "short code");
      const { page, errors } = await open(`${link.page}#gosim=${link.id}&n=2&c=${code}`);
      const root = await opened(page, link.id, /could not be opened/);
      const book = await page.locator(`.gosim-widget[data-id="${link.id}"]`).getAttribute("data-code");
      assert.equal(await root.getByTestId("editor").inputValue(), book);
      assert.equal(await root.getAttribute("data-position"), "0");
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
