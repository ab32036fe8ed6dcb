import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { test, type BrowserContext, type Location, type Page, type Request } from "@playwright/test";
import { TYPOGRAPHY_MISTAKE } from "../../lib/typography";

/** The rule sets the product promises (RGAA is built on WCAG 2.1 AA). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Finding = { url: string; violations: Result[] };

/* Errors that only mean "the page moved on while it was being scanned": the new page gets its own scan. */
const INTERRUPTED = /execution context was destroyed|target (page, context or browser )?(has been )?closed|frame was detached|navigat|cannot find context|test ended/i;

/** The audit watching each page, so page objects can ask for a scan of a state they just produced. */
const auditOf = new WeakMap<Page, AccessibilityAudit>();
/** The Playwright object behind each wrapper handed to tests. */
const rawOf = new WeakMap<object, object>();

/** Methods after which the page may show something else: they wait for the scans under way first. */
const ACTIONS = new Set([
  "goto", "reload", "goBack", "goForward", "close",
  "click", "dblclick", "tap", "fill", "clear", "press", "pressSequentially", "type",
  "check", "uncheck", "setChecked", "selectOption", "setInputFiles", "hover", "dragTo", "dispatchEvent",
]);
/** Methods that hand out other Playwright objects, to be wrapped in turn. */
const FACTORIES = new Set([
  "locator", "getByRole", "getByText", "getByLabel", "getByPlaceholder", "getByAltText", "getByTitle", "getByTestId",
  "filter", "first", "last", "nth", "or", "and", "frameLocator", "contentFrame", "owner", "context", "newPage", "pages",
]);
/** Playwright objects whose methods lead to actions. */
const WRAPPED = new Set(["Page", "Locator", "FrameLocator", "BrowserContext"]);

function playwrightKind(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const object = value as { _apiName?: string; constructor?: { name?: string } };
  const kind = object._apiName ?? object.constructor?.name;
  return kind && WRAPPED.has(kind) ? kind : undefined;
}

/**
 * Scans the page's current state now (if not scanned already). Page objects call it once an action has
 * visibly finished, for states shown in place, without navigation (a form refused with its errors).
 */
export async function checkAccessibility(page: Page): Promise<void> {
  const raw = (rawOf.get(page) ?? page) as Page;
  await auditOf.get(raw)?.scanNow(raw);
}

/**
 * Scans with axe every state of every page a test shows, and fails the test on any violation:
 * - after each main-frame navigation (full loads and client-side route changes), once the page has settled;
 * - after each server action (form submission without navigation), once the page shows the result;
 * - when a page object asks (checkAccessibility), and once more at the end of the test.
 * A state is identified by its URL and a hash of its DOM: identical states are scanned once.
 *
 * Scans run while the test reads the page; the pages handed to tests are wrapped (see `wrap`) so that every
 * action (goto, click, fill…) first waits for the scans under way. A state is thus always scanned before the
 * test can leave it. (Holding navigations back with page.route instead would deadlock: Playwright evaluates
 * in the document that is coming, which the held navigation never brings.)
 */
export class AccessibilityAudit {
  private readonly pages = new Set<Page>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly scanned = new Set<string>();
  private readonly findings: Finding[] = [];
  private readonly scannerErrors: string[] = [];
  private readonly typographyFindings: string[] = [];
  /* Scans run one after the other: axe is injected into the page and must not run twice at once. */
  private queue: Promise<void> = Promise.resolve();

  watchContext(context: BrowserContext): void {
    context.on("page", (page) => this.watch(page));
    for (const page of context.pages()) this.watch(page);
  }

  watch(page: Page): void {
    /* Also sees the blank page axe opens to assemble its results: it shows nothing and is closed before its turn. */
    if (this.pages.has(page)) return;
    this.pages.add(page);
    auditOf.set(page, this);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) void this.enqueue(page, () => loaded(page));
    });
    page.on("requestfinished", (request) => {
      if (isServerAction(page, request)) void this.enqueue(page, () => afterServerAction(page));
    });
  }

  /**
   * The same Playwright object (page, locator, context), whose actions first wait for the scans under way,
   * and whose methods hand out wrapped objects in turn (page.getByRole(…).filter(…).click() waits too).
   */
  wrap<T>(target: T): T {
    const kind = playwrightKind(target);
    if (!kind || rawOf.has(target as object)) return target;
    const object = target as object;
    const known = this.proxies.get(object);
    if (known) return known as T;
    const proxy = new Proxy(object, {
      get: (raw, property) => {
        const value: unknown = Reflect.get(raw, property, raw);
        if (typeof value !== "function" || typeof property === "symbol" || property === "constructor") return value;
        const method = value as (...args: unknown[]) => unknown;
        if (ACTIONS.has(property)) return (...args: unknown[]) => this.afterScans(`${kind.toLowerCase()}.${property}`, () => method.apply(raw, args));
        if (FACTORIES.has(property)) return (...args: unknown[]) => this.wrapResult(method.apply(raw, args));
        /* Everything else (reads, waits, the matchers' internals) goes straight to Playwright, without a frame of ours. */
        return method.bind(raw);
      },
    });
    this.proxies.set(object, proxy);
    rawOf.set(proxy, object);
    return proxy as T;
  }

  private wrapResult(result: unknown): unknown {
    if (result instanceof Promise) return result.then((resolved) => this.wrapResult(resolved));
    if (Array.isArray(result)) return result.map((item) => this.wrap(item));
    return this.wrap(result);
  }

  /**
   * Runs an action once the scans under way are done, as a boxed step: a failure is reported where the test
   * (or page object) called the action, not here.
   */
  private afterScans(title: string, action: () => unknown): Promise<unknown> {
    return test.step(
      title,
      async () => {
        await this.idle();
        return action();
      },
      { box: true, location: callerLocation() },
    );
  }

  /** Resolves once no scan is under way or waiting. */
  async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  scanNow(page: Page): Promise<void> {
    return this.enqueue(page, async () => {});
  }

  /** Scans the final state of the pages still open; call before their contexts close. */
  async scanOpenPages(): Promise<void> {
    for (const page of this.pages) if (!page.isClosed()) void this.enqueue(page, () => loaded(page));
    await this.queue;
  }

  /** The addresses of the page states scanned, in order (a state counted once). */
  scannedStates(): string[] {
    return [...this.scanned].map((key) => key.split(" ")[0]!);
  }

  /** Throws a readable report when any scanned state had violations. */
  async report(): Promise<void> {
    await this.queue;
    const problems = [...this.findings.map(describeFinding), ...this.scannerErrors.map((e) => `Scan impossible : ${e}`)];
    if (problems.length > 0) {
      throw new Error(
        `Accessibilité (axe, ${AXE_TAGS.join(", ")}) : ${this.findings.length} état(s) de page en défaut.\n\n${problems.join("\n\n")}`,
      );
    }
    if (this.typographyFindings.length > 0) {
      throw new Error(`Typographie : espace ordinaire avant : ; ! ? ou dans « ».\n\n${this.typographyFindings.join("\n")}`);
    }
  }

  /** French typography of the text the page shows, what the source checker cannot see (seed content, data). */
  private checkTypography(url: string, text: string): void {
    const global = new RegExp(TYPOGRAPHY_MISTAKE.source, "gu");
    for (const match of text.matchAll(global)) {
      const excerpt = text.slice(Math.max(0, match.index - 30), match.index + 10).replace(/\s+/g, " ");
      const finding = `${new URL(url).pathname} : « …${excerpt}… »`;
      if (!this.typographyFindings.includes(finding)) this.typographyFindings.push(finding);
    }
  }

  /** Keeps a finding, unless another state of the same page already showed the very same violations. */
  private record(finding: Finding): void {
    const signature = (f: Finding) => `${f.url} ${f.violations.map((v) => `${v.id}:${v.nodes.map((n) => n.target.join(" ")).join(",")}`).join(";")}`;
    if (!this.findings.some((known) => signature(known) === signature(finding))) this.findings.push(finding);
  }

  private enqueue(page: Page, settle: () => Promise<unknown>): Promise<void> {
    this.queue = this.queue.then(() => this.scan(page, settle));
    return this.queue;
  }

  private async scan(page: Page, settle: () => Promise<unknown>): Promise<void> {
    try {
      if (page.isClosed()) return;
      await settle();
      const url = page.url();
      if (!/^https?:/.test(url)) return;
      const state = await page.evaluate(domSignature);
      if (state === null) return; // not an HTML document (a PDF, JSON or calendar file shown by the browser)
      const key = `${url} ${state}`;
      if (this.scanned.has(key)) return;
      this.scanned.add(key);
      /*
       * Sandboxed frames (e-mail previews: no script may run in them) are left out: axe cannot run inside them, and
       * waiting for it there never ends. Their content is an e-mail, checked by the template tests, not this page.
       */
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude("iframe[sandbox]").analyze();
      if (results.violations.length > 0) this.record({ url, violations: results.violations });
      this.checkTypography(url, await page.evaluate(() => document.body.innerText));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (page.isClosed() || INTERRUPTED.test(message)) return;
      this.scannerErrors.push(`${page.url()} : ${message.split("\n")[0]}`);
    }
  }
}

/** Where the test (or page object) called: the first stack frame outside this file and the libraries. */
function callerLocation(): Location | undefined {
  for (const line of new Error().stack?.split("\n").slice(1) ?? []) {
    const match = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(line.trim());
    if (!match || match[1]!.includes("node_modules") || match[1]!.endsWith("a11y.ts")) continue;
    return { file: match[1]!.replace(/^file:\/\//, ""), line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/**
 * The page has settled after a navigation: `load` has fired, and the title is there (Next.js streams the
 * metadata of dynamic pages, so a client-side navigation briefly shows no <title>). A page that never gets
 * there is scanned as it is, and reported.
 */
async function loaded(page: Page): Promise<void> {
  await page.waitForLoadState("load", { timeout: 15_000 }).catch(() => {});
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 3_000 }).catch(() => {});
}

/** A Next.js server action: a POST from the page carrying the `Next-Action` header. */
function isServerAction(page: Page, request: Request): boolean {
  try {
    return request.method() === "POST" && request.headers()["next-action"] !== undefined && request.frame() === page.mainFrame();
  } catch {
    return false;
  }
}

/** After a server action's answer has arrived: the submit buttons are no longer busy, and React has painted. */
async function afterServerAction(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-disabled="true"]') === null, undefined, { timeout: 5_000 }).catch(() => {});
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
    const targets = v.nodes
      .slice(0, 5)
      .map((node) => `      - ${node.target.join(" ")}${node.failureSummary ? ` (${failureDetail(node.failureSummary)})` : ""}`);
    const more = v.nodes.length > 5 ? [`      … et ${v.nodes.length - 5} autre(s)`] : [];
    return [`  • ${v.id} [${v.impact ?? "?"}] ${v.help}\n    ${v.helpUrl}`, ...targets, ...more].join("\n");
  });
  return [url, ...lines].join("\n");
}

/** "Fix any of the following:\n  Element has insufficient color contrast…" → the second line. */
function failureDetail(summary: string): string {
  const lines = summary.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines[1] ?? lines[0] ?? summary;
}
