// End-to-end sample: drives the M365 Agents Playground UI with playwright-core + Debian Chromium.
// Prereqs (see run-e2e.sh): bot on 127.0.0.1:3978, Playground on 127.0.0.1:56150 started with
// TEAMSAPPTESTER_BROWSER=none.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { chromium } = require('playwright-core');

const PG_URL = process.env.PG_URL || 'http://127.0.0.1:56150/';
const BOT_URL = process.env.BOT_URL || 'http://127.0.0.1:3978';
const SHOTS = process.env.SHOTS || path.join(__dirname, 'shots');
const BOT_NAME = process.env.PG_BOT_NAME || 'Test Bot';
const TEAM = process.env.PG_TEAM || 'My Team';
const CHANNEL = process.env.PG_CHANNEL || 'General';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Working selectors (Playground 0.2.28)
const sel = {
  personalChat: (page) => page.getByRole('treeitem', { name: 'Personal Chat' }),
  groupChat: (page) => page.getByRole('treeitem', { name: 'Group Chat' }),
  channel: (page, team, ch) => page.getByRole('treeitem', { name: `${team} - ${ch}` }),
  composer: (page) => page.locator('[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'),
  mentionItem: (page, name) => page.locator('#typeahead-menu').getByRole('menuitem', { name }),
  postButton: (page) => page.getByRole('button', { name: 'Post', exact: true }),
  lastCard: (page) => page.locator('.ac-adaptiveCard').last(),
  cardButton: (card, title) => card.getByRole('button', { name: title }),
};

function step(name) { const t = Date.now(); return () => console.log(`  ${name}: ${Date.now() - t} ms`); }

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-chromium-'));
  let done = step('launch chromium');
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  done();
  // The Playground page asks a CDN for Segoe UI fonts: block everything that is not loopback.
  await ctx.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1|localhost|\[::1\])/, (r) => r.abort());
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(15000);
  try {
    done = step('open playground');
    await page.goto(PG_URL, { waitUntil: 'domcontentloaded' });
    await sel.personalChat(page).waitFor();
    done();

    // 1. personal chat: text -> adaptive card
    await sel.personalChat(page).click();
    const box = sel.composer(page);
    await box.click();
    await box.pressSequentially('hello e2e');
    done = step('personal round trip (Enter -> card visible)');
    const cardsBefore = await page.locator('.ac-adaptiveCard').count();
    await box.press('Enter');
    await page.locator('.ac-adaptiveCard').nth(cardsBefore).waitFor();
    done();
    const card = sel.lastCard(page);
    const cardText = await card.innerText();
    console.log('  card text:', JSON.stringify(cardText));
    assert.match(cardText, /Echo: hello e2e/);
    assert.match(cardText, /Active users\s+42/);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-1-personal-card.png') });

    // 2. click Action.Submit
    done = step('Action.Submit round trip');
    await sel.cardButton(card, 'Refresh').click();
    const submitted = page.getByText(/^Submitted: /).last();
    await submitted.waitFor();
    done();
    assert.strictEqual(await submitted.innerText(), 'Submitted: {"action":"refresh","period":"D7"}');
    await page.screenshot({ path: path.join(SHOTS, 'e2e-2-submit.png') });

    // 3. Chart.VerticalBar with FactSet fallback
    await box.click();
    await box.pressSequentially('chart');
    await box.press('Enter');
    await page.getByText('Chart test').last().waitFor();
    const chartCard = sel.lastCard(page);
    const chartText = await chartCard.innerText();
    console.log('  chart card text:', JSON.stringify(chartText));
    await page.waitForTimeout(500);
    await chartCard.screenshot({ path: path.join(SHOTS, 'e2e-3-chart-card.png') });
    await page.screenshot({ path: path.join(SHOTS, 'e2e-3-chart.png') });

    // 4. proactive message (bot calls continueConversationAsync -> Playground mock connector)
    done = step('proactive (GET /api/notify -> text visible)');
    const r = await fetch(`${BOT_URL}/api/notify?text=Proactive%20ping`);
    console.log('  notify result:', JSON.stringify(await r.json()));
    await page.getByText(/^Proactive ping/).last().waitFor();
    done();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-4-proactive.png') });

    // 5. channel post with @mention. The channel view has a "Start a new post" composer (always first)
    //    plus one "Type a message..." reply composer per existing post (posts persist while the
    //    Playground process lives, also across browser reloads).
    await sel.channel(page, TEAM, CHANNEL).click();
    const newPost = sel.composer(page).first();
    const tag = `usage please ${Date.now()}`;
    await newPost.click();
    await newPost.pressSequentially('@' + BOT_NAME.slice(0, 4));
    await sel.mentionItem(page, BOT_NAME).click();
    await newPost.pressSequentially(' ' + tag);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-5a-mention-typed.png') });
    done = step('channel @mention round trip (Post -> card visible)');
    await sel.postButton(page).click();
    // the post container is role=group; find ours by its unique text
    const post = page.getByRole('group').filter({ hasText: tag }).last();
    await post.locator('.ac-adaptiveCard').first().waitFor();
    done();
    const chText = await post.locator('.ac-adaptiveCard').first().innerText();
    console.log('  channel card text:', JSON.stringify(chText));
    assert.match(chText, new RegExp('Echo: ' + tag));
    await page.screenshot({ path: path.join(SHOTS, 'e2e-5b-channel-card.png') });

    // 6. reply inside the thread of that post
    const reply = post.getByRole('textbox');
    await reply.click();
    await reply.pressSequentially('@' + BOT_NAME.slice(0, 4));
    await sel.mentionItem(page, BOT_NAME).click();
    await reply.pressSequentially(' thread reply');
    done = step('thread reply round trip (Enter -> 2nd card in post)');
    await reply.press('Enter');
    await post.locator('.ac-adaptiveCard').nth(1).waitFor();
    done();
    assert.match(await post.locator('.ac-adaptiveCard').nth(1).innerText(), /Echo: thread reply/);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-6-thread-reply.png') });
    console.log('E2E OK');
  } catch (e) {
    await page.screenshot({ path: path.join(SHOTS, 'e2e-FAILED.png') }).catch(() => {});
    throw e;
  } finally {
    await ctx.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
})().catch((e) => { console.error('E2E FAILED', e); process.exit(1); });
