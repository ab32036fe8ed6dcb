import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { BrowserContext, Page } from "@playwright/test";

/** The rule sets the product promises (RGAA is built on WCAG 2.1 AA). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Finding = { url: string; violations: Result[] };

/* Errors that only mean "the page moved on while it was being scanned": the new page gets its own scan. */
const INTERRUPTED = /execution context was destroyed|target (page, context or browser )?(has been )?closed|frame was detached|navigat|cannot find context/i;

/**
 * Scans every state of every page a test shows with axe, and fails the test on any violation.
 *
 * - after each main-frame navigation (full loads and client-side route changes), once the `load` event has fired;
 * - just before the page leaves for another document, so a state shown in place (a form refused with its errors)
 *   is scanned even when the test then navigates away;
 * - once more at the end of the test, on the state the test left the page in.
 *
 * A state is identified by its URL and a hash of its DOM: identical states are scanned once.
 */
export class AccessibilityAudit {
  private readonly pages = new Set<Page>();
  private readonly scanned = new Set<string>();
  private readonly findings: Finding[] = [];
  private readonly scannerErrors: string[] = [];
  /* Scans run one after the other: axe is injected into the page and must not run twice at once. */
  private queue: Promise<void> = Promise.resolve();

  watchContext(context: BrowserContext): void {
    context.on("page", (page) => void this.watch(page));
    for (const page of context.pages()) void this.watch(page);
  }

  async watch(page: Page): Promise<void> {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.enqueue(page, { waitForLoad: true });
    });
    await page.route(
      () => true,
      async (route, request) => {
        if (isMainFrameNavigation(page, request)) await this.enqueue(page, { waitForLoad: false });
        await route.fallback();
      },
    );
  }

  /** Scans the final state of the pages still open; call before their contexts close. */
  async scanOpenPages(): Promise<void> {
    for (const page of this.pages) if (!page.isClosed()) await this.enqueue(page, { waitForLoad: true });
    await this.queue;
  }

  /** Throws a readable report when any scanned state had violations. */
  async report(): Promise<void> {
    await this.queue;
    const problems = [...this.findings.map(describeFinding), ...this.scannerErrors.map((e) => `Scan impossible : ${e}`)];
    if (problems.length > 0) {
      throw new Error(`Accessibilité (axe, ${AXE_TAGS.join(", ")}) : ${this.findings.length} état(s) de page en défaut.\n\n${problems.join("\n\n")}`);
    }
  }

  private enqueue(page: Page, options: { waitForLoad: boolean }): Promise<void> {
    this.queue = this.queue.then(() => this.scan(page, options));
    return this.queue;
  }

  private async scan(page: Page, { waitForLoad }: { waitForLoad: boolean }): Promise<void> {
    try {
      if (page.isClosed()) return;
      if (waitForLoad) await page.waitForLoadState("load");
      const url = page.url();
      if (!/^https?:/.test(url)) return;
      const state = await page.evaluate(domSignature);
      if (state === null) return; // not an HTML document (a PDF, JSON or calendar file shown by the browser)
      const key = `${url} ${state}`;
      if (this.scanned.has(key)) return;
      this.scanned.add(key);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      if (results.violations.length > 0) this.findings.push({ url, violations: results.violations });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (page.isClosed() || INTERRUPTED.test(message)) return;
      this.scannerErrors.push(`${page.url()} : ${message.split("\n")[0]}`);
    }
  }
}

function isMainFrameNavigation(page: Page, request: import("@playwright/test").Request): boolean {
  try {
    return request.isNavigationRequest() && request.frame() === page.mainFrame();
  } catch {
    return false; // a request issued before its frame existed (popup): nothing to scan yet
  }
}

/** A short fingerprint of the rendered document, or null when the page is not an HTML document. */
function domSignature(): string | null {
  if (document.contentType !== "text/html") return null;
  const html = document.documentElement.outerHTML;
  let hash = 5381;
  for (let i = 0; i < html.length; i += 1) hash = ((hash * 33) ^ html.charCodeAt(i)) >>> 0;
  return `${html.length}:${hash.toString(16)}`;
}

function describeFinding({ url, violations }: Finding): string {
  const lines = violations.map((v) => {
    const targets = v.nodes.slice(0, 5).map((node) => `      - ${node.target.join(" ")}${node.failureSummary ? ` (${firstLine(node.failureSummary)})` : ""}`);
    const more = v.nodes.length > 5 ? [`      … et ${v.nodes.length - 5} autre(s)`] : [];
    return [`  • ${v.id} [${v.impact ?? "?"}] ${v.help}\n    ${v.helpUrl}`, ...targets, ...more].join("\n");
  });
  return [`${url}`, ...lines].join("\n");
}

function firstLine(summary: string): string {
  return summary.split("\n").map((l) => l.trim()).filter(Boolean).slice(1, 2).join("") || summary.trim();
}
