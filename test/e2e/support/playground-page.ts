/**
 * Drives the Agents Playground UI in headless Debian Chromium through playwright-core: opens chats
 * and channels, types commands, @mentions the bot, clicks card buttons and finds the cards the bot
 * sends. Every request that is not to loopback is refused, so a test cannot reach the internet.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', 'screenshots');
/** Every card is drawn this wide, as on a phone or a narrow Teams window: nothing on it may be cut off there. */
export const CARD_WIDTH_PX = 400;

// From docs/playground-spike/FINDINGS.md §4; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const NOT_LOOPBACK = /^(https?|wss?):\/\/(?!(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$))/i;
/** The parts of the Playground's configuration (.m365agentsplayground.yml) the tests use; General comes first. */
export type PlaygroundConfig = {
  readonly bot: { readonly name: string };
  readonly currentUser: { readonly name: string };
  readonly teams: readonly { readonly name: string; readonly channels: readonly { readonly name: string }[] }[];
};

const COMPOSER = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const CARD = '.ac-adaptiveCard';
/** How the progress card's title starts in every language (`progress.title` in src/i18n/catalogs), which no answer carries. */
const PROGRESS_MARK = '⏳';

async function readConfig(context: BrowserContext, url: string): Promise<PlaygroundConfig> {
  const response = await context.request.get(new URL('/_internal/v1/config', url).href);
  if (!response.ok()) throw new Error(`the Playground's configuration: HTTP ${response.status()}`);
  return ((await response.json()) as { config: PlaygroundConfig }).config;
}

/** One browser page on the Playground, with the steps a test takes in it. */
export class PlaygroundPage {
  /** Requests refused because they left loopback (the UI asks a CDN for fonts). */
  readonly refused: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    readonly page: Page,
    /** The configuration in effect, as the Playground serves it to its own UI. */
    readonly config: PlaygroundConfig,
  ) {}

  /** Launches Chromium and opens the Playground at `url`, waiting for its chat list. */
  static async open(url: string): Promise<PlaygroundPage> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`The e2e tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is missing: apt-get install -y chromium`);
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      // Tall enough that the longest card (a 25-row list) fits on screen, so its picture is whole.
      const context = await browser.newContext({ viewport: { width: 1400, height: 2400 }, locale: 'en-US' });
      const playground = new PlaygroundPage(browser, context, await context.newPage(), await readConfig(context, url));
      await context.route(NOT_LOOPBACK, async (route) => {
        playground.refused.push(route.request().url());
        await route.abort('blockedbyclient');
      });
      await context.routeWebSocket(NOT_LOOPBACK, (socket) => {
        playground.refused.push(socket.url());
        return socket.close();
      });
      playground.page.setDefaultTimeout(20_000);
      await playground.page.goto(url, { waitUntil: 'domcontentloaded' });
      await playground.page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor();
      return playground;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.browser.close();
  }

  /** Cards in the conversation on screen, oldest first. */
  cards(): Locator {
    return this.page.locator(CARD);
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: 'Personal Chat' }).click();
    await this.settle(this.cards());
  }

  /** Opens a team channel; the Playground names it "<team> - <channel>". */
  /** Opens the team channel besides General that `.m365agentsplayground.yml` defines. */
  async openTeamChannel(): Promise<void> {
    const [team] = this.config.teams;
    const channel = team?.channels.find((candidate) => candidate.name !== 'General')?.name;
    if (!team || !channel) throw new Error('.m365agentsplayground.yml defines no team channel besides General');
    await this.openChannel(team.name, channel);
  }

  async openChannel(team: string, channel: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: `${team} - ${channel}` }).click();
    await this.page.getByRole('button', { name: 'Post', exact: true }).waitFor();
    await this.settle(this.page.getByRole('group'));
  }

  /** Types `text` into the chat on screen, sends it, and returns the first card that arrives after it. */
  async send(text: string): Promise<Locator> {
    const before = await this.cards().count();
    const composer = this.page.locator(COMPOSER);
    await composer.click();
    await composer.pressSequentially(text);
    await composer.press('Enter');
    return this.newCard(this.cards(), before);
  }

  /**
   * Starts a channel post that @mentions the bot followed by `text`, and returns the post and the
   * bot's first reply card in its thread.
   */
  async postMentioning(text: string): Promise<{ post: Locator; card: Locator }> {
    const botName = this.config.bot.name;
    // Posts by the signed-in user with this text: the bot's welcome post lists the commands too.
    const posts = this.page.getByRole('group').filter({ hasText: this.config.currentUser.name }).filter({ hasText: text });
    const before = await posts.count();
    const composer = this.page.locator(COMPOSER).first();
    await composer.click();
    await composer.pressSequentially(`@${botName.slice(0, 3)}`);
    await this.page.locator('#typeahead-menu').getByRole('menuitem', { name: botName }).click();
    await composer.pressSequentially(` ${text}`);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    await posts.nth(before).waitFor();
    const post = posts.nth(before);
    return { post, card: await this.newCard(post.locator(CARD), 0) };
  }

  /** Clicks the card's button `title` and returns the first card that arrives in `where` afterwards. */
  async click(card: Locator, title: string, where: Locator = this.cards()): Promise<Locator> {
    const before = await where.count();
    await card.getByRole('button', { name: title, exact: true }).click();
    return this.newCard(where, before);
  }

  /**
   * Clicks the Universal Action `title` on the card at `index` and returns that card once it has been
   * replaced where it is by one showing `shows` (through the progress card when data is fetched).
   */
  async clickInPlace(index: number, title: string, shows: string): Promise<Locator> {
    const card = this.cards().nth(index);
    await card.getByRole('button', { name: title, exact: true }).click();
    await card.filter({ hasText: shows }).filter({ hasNotText: PROGRESS_MARK }).waitFor();
    return card;
  }

  /**
   * The text a reader sees in `target`: innerText without the invisible joiners the bot puts after
   * Markdown and HTML characters (`<\u2060command>`) so Teams shows them literally.
   */
  async textOf(target: Locator): Promise<string> {
    return (await target.innerText()).replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  }

  /**
   * Saves a picture of `target` as test/e2e/screenshots/<name>.png with its cards drawn CARD_WIDTH_PX wide
   * (the Playground's own layout needs a wide window, so only the cards are narrowed, and only meanwhile),
   * and fails when anything on them is cut off at that width.
   */
  async screenshot(target: Locator, name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await target.scrollIntoViewIfNeeded();
    const cards = target.locator('xpath=descendant-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ac-adaptiveCard ")]');
    await cards.evaluateAll((elements, width) => {
      for (const element of elements) element.setAttribute('style', `${element.getAttribute('style') ?? ''};width:${width}px;max-width:${width}px;box-sizing:border-box`);
    }, CARD_WIDTH_PX);
    try {
      // Charts draw with a short animation and redraw for the new width; let them finish.
      await this.page.waitForTimeout(600);
      await target.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
      const cut = await this.cutOff(target);
      if (cut.length > 0) throw new Error(`${name}: cut off at ${CARD_WIDTH_PX} px: ${cut.join('; ')}`);
    } finally {
      await cards.evaluateAll((elements, width) => {
        for (const element of elements) element.setAttribute('style', (element.getAttribute('style') ?? '').replace(`;width:${width}px;max-width:${width}px;box-sizing:border-box`, ''));
      }, CARD_WIDTH_PX);
    }
  }

  /** What on `target`'s cards reaches past the card's right edge, or clips its own text: what a narrow client cuts off. */
  cutOff(target: Locator): Promise<string[]> {
    return target.evaluate((root) => {
      const cards = root.matches('.ac-adaptiveCard') ? [root] : [...root.querySelectorAll('.ac-adaptiveCard')];
      const found: string[] = [];
      for (const card of cards) {
        const edge = card.getBoundingClientRect().right;
        for (const element of card.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || element.closest('svg')) continue;
          const clips = element.scrollWidth > element.clientWidth + 1 && root.ownerDocument.defaultView?.getComputedStyle(element).overflowX !== 'visible';
          if (box.right > edge + 1 || clips) found.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 50)}"`);
        }
      }
      return found;
    });
  }

  /** Saves the whole page as test/e2e/screenshots/FAILED-<name>.png, for a test that failed. */
  async screenshotFailure(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = `FAILED-${name.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`;
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, file) }).catch((error: unknown) => {
      process.stderr.write(`could not save ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  }

  /** The first card after `before`, once it is the answer: a progress card is replaced by the answer in place. */
  private async newCard(cards: Locator, before: number): Promise<Locator> {
    const card = cards.nth(before);
    await card.filter({ hasNotText: PROGRESS_MARK }).waitFor();
    return card;
  }

  /**
   * Waits until no new `items` appeared for a moment: opening a chat makes the Playground send install
   * events, and the bot may answer them with a welcome card that must not be taken for a reply.
   */
  private async settle(items: Locator, quietMs = 800, maxMs = 8_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    let count = await items.count();
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs && Date.now() < deadline) {
      await this.page.waitForTimeout(100);
      const now = await items.count();
      if (now !== count) {
        count = now;
        quietSince = Date.now();
      }
    }
  }
}
