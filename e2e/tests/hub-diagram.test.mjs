// The hub chapter's hub diagram (crates/syncscope-web/src/chat/view.rs) is readable on a
// phone: at 360 px wide every label is at least 10 px tall, inside the drawing, clear of the
// other labels and not crossed by any arrow (issue 17: scaled down, the one wide drawing had
// 5-7 px labels, one crossed by its arrow). The same holds for the wide drawing on a desktop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup } from "../lib.js";

/** Geometry of the visible hub diagram, in CSS pixels of the page. */
async function measure(page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll("svg.chat-diagram")].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    // Each line, sampled at 40 points along it, in page pixels.
    const lines = [...svg.querySelectorAll("line")].map((l) => {
      const m = l.getScreenCTM();
      const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => l[a].baseVal.value);
      const points = [];
      for (let i = 0; i <= 40; i++) {
        const p = new DOMPoint(x1 + ((x2 - x1) * i) / 40, y1 + ((y2 - y1) * i) / 40).matrixTransform(m);
        points.push([p.x, p.y]);
      }
      return { name: l.parentElement.querySelector("text")?.textContent, points };
    });
    return {
      testid: svg.dataset.testid,
      box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      texts,
      lines,
    };
  });
}

const inside = (r, b) => r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [width, height, testid] of [
  [360, 740, "hub-diagram-tall"],
  [1280, 900, "hub-diagram"],
]) {
  test(`the hub diagram's labels are readable at ${width} px wide`, async (t) => {
    const { open } = await setup(t);
    const { page, errors } = await open("hub/index.html", { viewport: { width, height } });
    await page.locator(`[data-testid="${testid}"]`).waitFor({ state: "visible", timeout: 30_000 });
    await page.locator(`[data-testid="${testid}"]`).scrollIntoViewIfNeeded();
    const d = await measure(page);
    assert.ok(d, "a hub diagram is visible");
    assert.equal(d.testid, testid, "the drawing for this width is the one shown");
    assert.ok(d.texts.length >= 10, `labels: ${d.texts.map((x) => x.text)}`);
    for (const label of d.texts) {
      const tall = label.bottom - label.top;
      assert.ok(tall >= 10, `"${label.text}" is ${tall.toFixed(1)} px tall at ${width} px`);
      assert.ok(inside(label, d.box), `"${label.text}" leaves the drawing: ${JSON.stringify(label)} in ${JSON.stringify(d.box)}`);
    }
    for (let i = 0; i < d.texts.length; i++) {
      for (let j = i + 1; j < d.texts.length; j++) {
        assert.ok(!overlap(d.texts[i], d.texts[j]), `"${d.texts[i].text}" overlaps "${d.texts[j].text}"`);
      }
    }
    for (const line of d.lines) {
      for (const label of d.texts) {
        const hit = line.points.find(([x, y]) => x > label.left && x < label.right && y > label.top && y < label.bottom);
        assert.ok(!hit, `the ${line.name} arrow crosses "${label.text}" at ${hit}`);
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
