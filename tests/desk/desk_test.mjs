// The validation desk in real headless Chromium (Debian's), driven by playwright-core:
//   node tests/desk/desk_test.mjs URL SAMPLES SCREENSHOT
// URL is a running `agreement-ocr serve --references SAMPLES/validate`. A clerk checks a clean
// signed copy against its reference fields (picked from the folder), then a copy with a line
// added against the original text (uploaded), accepts the first and sees the decision in the
// job list. Prints what it saw; exits 1 on the first thing that is not as expected.
import { chromium } from "playwright-core";
import { strict as assert } from "node:assert";
import path from "node:path";

const [url, samples, screenshot] = process.argv.slice(2);
if (!url || !samples || !screenshot) {
  console.error("usage: desk_test.mjs URL SAMPLES SCREENSHOT");
  process.exit(2);
}
const validate = path.join(samples, "validate");
const minutes = 60 * 1000;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  // No sandbox as root; no background connections (the test machines' network is closed).
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
  await page.goto(url);
  assert.equal(await page.locator("h1").textContent(), "Prüfplatz für unterschriebene Vereinbarungen");

  // 1. A clean copy against the reference fields from the folder: valid, two signatures present.
  await page.locator("#validate-ref option").first().waitFor({ state: "attached" });
  await page.setInputFiles("#validate-scan", path.join(validate, "a-clean.tiff"));
  await page.selectOption("#validate-ref", ["wiesbaden-2025.reference.json"]);
  await page.click("#validate-submit");
  await page.locator("#verdict[data-status]").waitFor({ timeout: 10 * minutes });
  const verdict = await page.locator("#verdict").textContent();
  console.log(`clean copy: ${verdict}`);
  assert.equal(await page.locator("#verdict").getAttribute("data-status"), "valid");
  assert.match(verdict, /^Gültig: alle \d+ Prüfungen bestanden/);
  const signatures = page.locator("#validate-pages .box[data-kind=signature]");
  assert.equal(await signatures.count(), 2, "two signature boxes");
  for (let i = 0; i < 2; ++i) {
    const colour = await signatures.nth(i).evaluate((box) => getComputedStyle(box).borderTopColor);
    console.log(`signature box ${i + 1}: ${colour}`);
    assert.equal(colour, "rgb(26, 127, 55)", "a present signature is green");
  }
  assert.equal(await page.locator("#validate-pages figure.page").count(), 4, "four pages shown");
  await page.locator("#validate-pages figure.page img[src^=blob]").nth(3).waitFor({ state: "attached", timeout: 2 * minutes });
  await page.fill("#decision-comment", "Unterschriften und Stempel geprüft");
  await page.click("#accept");
  await page.locator("#decision-status[data-decision=accepted]").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`screenshot: ${screenshot}`);

  // 2. A copy with a sentence added, against the original text (uploaded): invalid, with the
  // difference listed and marked on its page.
  await page.setInputFiles("#validate-scan", path.join(validate, "a-line-added.tiff"));
  await page.selectOption("#validate-ref", []);
  await page.setInputFiles("#validate-expect", path.join(validate, "wiesbaden-2025.reference.txt"));
  await page.click("#validate-submit");
  await page.locator("#verdict[data-status=invalid]").waitFor({ timeout: 10 * minutes });
  console.log(`copy with a line added: ${await page.locator("#verdict").textContent()}`);
  const listed = page.locator("#differences li[data-kind=difference]");
  assert.ok((await listed.count()) >= 1, "a text difference is listed");
  console.log(`difference: ${await listed.first().textContent()}`);
  assert.ok((await page.locator("#validate-pages .box[data-kind=difference]").count()) >= 1, "a difference is marked on a page");

  // 3. The job list shows the decision; English is one click away.
  await page.click("#tab-jobs");
  await page.locator("#jobs tr[data-decision=accepted]").waitFor();
  assert.match(await page.locator("#jobs tr[data-decision=accepted]").textContent(), /Angenommen: Unterschriften und Stempel geprüft/);
  await page.click("#language");
  assert.equal(await page.locator("#tab-jobs").textContent(), "Jobs");
  // The list is fetched again in English: wait for the new row, not the German one still shown.
  await page.locator("#jobs tr[data-decision=accepted]", { hasText: "Accepted: Unterschriften und Stempel geprüft" }).waitFor();
  // 4. No sideways scrolling at 1280 px nor on a smaller laptop screen (1024 x 700), with a
  // report on screen.
  await page.click("#tab-validate");
  for (const [width, height] of [[1280, 900], [1024, 700]]) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(`at ${width} px: ${overflow} px wider than the window`);
    assert.ok(overflow <= 0, `no horizontal scrolling at ${width} px`);
  }
  assert.deepEqual(problems, [], "no errors in the page");
  console.log("desk: all as expected");
} finally {
  await browser.close();
}
