// The hub chapter's chat against the real chat server (demos/chat), and without it.
// With the server: the server serves the built book on a loopback port, two browsers open
// the hub chapter, set nicknames and chat; a message that looks like markup arrives as text;
// the live hub inspector lists both clients. Without it (the static copy, as on GitHub
// Pages): the chat says there is no server and links to the in-page hub, with no console
// error. The server binary is the one `cargo test --workspace` built (debug), or release.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BOOK, freePort, launch, setup, until, watchErrors } from "../lib.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const TARGET = process.env.CARGO_TARGET_DIR
  ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR)
  : path.join(ROOT, "target");

/** The chat server binary, built on demand when neither profile has one. */
function chatBinary() {
  for (const profile of ["debug", "release"]) {
    const bin = path.join(TARGET, profile, "syncscope-chat");
    if (existsSync(bin)) return bin;
  }
  execFileSync("cargo", ["build", "--quiet", "-p", "syncscope-chat"], { cwd: ROOT, stdio: "inherit" });
  return path.join(TARGET, "debug", "syncscope-chat");
}

/** Starts the chat server over BOOK; resolves to { url, stop() } once it answers. */
async function startChat() {
  const port = await freePort();
  const child = spawn(chatBinary(), ["--addr", `127.0.0.1:${port}`, "--book", BOOK], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`chat server exited: ${log}`);
      return fetch(`${url}/hub/index.html`, { method: "HEAD" }).then((r) => r.ok, () => false);
    },
    "the chat server to answer",
    30_000,
  );
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGINT");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

test("the hub chapter's chat", async (t) => {
  await t.test("two browsers chat through the server; markup stays text; the inspector sees both", async () => {
    const server = await startChat();
    const browser = await launch();
    try {
      async function reader(name) {
        const ctx = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
        const page = await ctx.newPage();
        page.setDefaultTimeout(20_000);
        const errors = watchErrors(page);
        await page.goto(`${server.url}/hub/index.html`, { waitUntil: "load" });
        const chat = page.getByTestId("chat");
        await chat.scrollIntoViewIfNeeded();
        await until(async () => (await chat.getAttribute("data-state")) === "open", `${name} connected`, 20_000);
        await page.getByTestId("chat-nick").fill(name);
        await page.getByTestId("chat-nick-set").click();
        return { page, errors };
      }
      const ada = await reader("ada");
      const bob = await reader("bob");
      const evil = '<img src=x onerror="window.pwned=1">';
      await bob.page.getByTestId("chat-input").fill(evil);
      await bob.page.getByTestId("chat-send").click();
      await bob.page.getByTestId("chat-input").fill("hello from bob");
      await bob.page.getByTestId("chat-send").click();
      const lines = ada.page.getByTestId("chat-line");
      await until(
        async () => (await lines.allTextContents()).some((l) => l.includes("hello from bob")),
        "ada to receive bob's message",
      );
      const text = await lines.allTextContents();
      assert.ok(text.some((l) => l.includes(evil)), `the markup arrived as text: ${text.join(" | ")}`);
      assert.equal(await ada.page.locator('[data-testid="chat-log"] img').count(), 0, "no element was made from it");
      assert.equal(await ada.page.evaluate(() => window.pwned), undefined);
      // bob's lines come in the order he sent them.
      const order = text.findIndex((l) => l.includes(evil)) < text.findIndex((l) => l.includes("hello from bob"));
      assert.ok(order, `order: ${text.join(" | ")}`);
      // The inspector, fed by /hub/stats, shows a queue row per connected client.
      await until(
        async () => (await ada.page.locator('[data-testid="hub-clients"] li').count()) >= 2,
        "the inspector to list both clients",
      );
      assert.deepEqual(ada.errors, []);
      assert.deepEqual(bob.errors, []);
    } finally {
      await browser.close().catch(() => {});
      await server.stop();
    }
  });

  await t.test("without a server the chat says so and points to the in-page hub", async (tt) => {
    const { open } = await setup(tt);
    const { page, errors } = await open("hub/index.html");
    const chat = page.getByTestId("chat");
    await chat.scrollIntoViewIfNeeded();
    await until(async () => (await chat.getAttribute("data-state")) === "no-server", "the no-server state", 20_000);
    assert.match(await page.getByTestId("chat-offline").innerText(), /server/i);
    await page.getByTestId("chat-fallback-link").click();
    const hub = page.locator('.gosim-widget[data-id="hub"]');
    await until(async () => (await hub.getAttribute("data-gosim-state")) === "mounted", "the in-page hub to mount", 20_000);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
