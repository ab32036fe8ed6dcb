import { test as base, expect, type Page } from "@playwright/test";
import { AccessibilityAudit } from "./a11y";

type Fixtures = {
  /** Scans with axe every page state of the test's browser contexts; fails the test on any violation. */
  accessibilityAudit: AccessibilityAudit;
  /** A page in a new, separate browser context (another person at another computer), audited like `page`. */
  newBrowserPage: () => Promise<Page>;
};

/*
 * Specs import `test` and `expect` from here. The built-in `context` and `page` fixtures are wrapped, so `page`
 * and every other page of the context are audited without the test doing anything: the check cannot be
 * forgotten, and each action waits for the scan of the state it leaves.
 * (Fixture callbacks name their second argument `provide`: a parameter called `use` trips the React hooks linter.)
 */
export const test = base.extend<Fixtures>({
  accessibilityAudit: async ({}, provide, testInfo) => {
    const audit = new AccessibilityAudit();
    await provide(audit);
    /* Torn down last, after the contexts have had their final scan. */
    await audit.idle();
    const states = audit.scannedStates();
    if (states.length > 0) testInfo.annotations.push({ type: "axe", description: `${states.length} état(s) analysé(s) : ${states.join(", ")}` });
    await audit.report();
  },

  context: async ({ context, accessibilityAudit }, provide) => {
    accessibilityAudit.watchContext(context);
    await provide(accessibilityAudit.wrap(context));
    await accessibilityAudit.scanOpenPages();
  },

  page: async ({ page, accessibilityAudit }, provide) => {
    await provide(accessibilityAudit.wrap(page));
  },

  newBrowserPage: async ({ browser, accessibilityAudit }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      accessibilityAudit.watchContext(context);
      return accessibilityAudit.wrap(await context.newPage());
    });
    await accessibilityAudit.scanOpenPages();
    for (const context of contexts) await context.close();
  },
});

export { expect };
