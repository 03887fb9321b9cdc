/**
 * Action items into the owner's Microsoft To Do, end to end: the built app in Chromium through the
 * Teams stand-in with nested app auth, the real msal-browser asking the stand-in for a delegated Graph
 * token (Tasks.ReadWrite) with its consent prompt, graph-client calling the fake Graph's /me/todo, and
 * the server recording the task. The next retro's review reads the task back and shows it done.
 */
import { mkdirSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, userById } from '../../devhost/seed.js';
import type { RetroView } from '../../shared/retro/api.js';
import { newPage, watchConsole } from './support/browser.js';
import { apiAs, expectNothingSideways, shotPath, shotsDir } from './support/narrow.js';
import { frameTitled, shootPanel } from './support/retro-views.js';
import { e2eSession } from './support/session.js';

const session = e2eSession();
const skipToActions = { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] };

/** A running retro in `chatId`, at its actions phase, with one action owned by `owner`. */
async function retroWithAction(
  chatId: string,
  facilitator: { id: string },
  owner: { id: string },
  text: string,
) {
  const api = apiAs(session.stack);
  const created = await api<{ retro: RetroView }>(facilitator, 'POST', '/api/retros', {
    chatId,
    title: 'Sprint 12 retro',
    templateId: 'start-stop-continue',
    options: skipToActions,
  });
  const retroId = created.retro.id;
  const command = (body: object) =>
    api<{ retro: RetroView }>(facilitator, 'POST', `/api/retros/${retroId}/commands`, body);
  await command({ type: 'advance' });
  const added = await command({
    type: 'addAction',
    text,
    ownerId: owner.id,
    dueDate: '2030-01-31',
    groupId: null,
  });
  return { retroId, actionId: added.retro.actions[0]!.id, command };
}

async function openPanel(chatId: string, userName: string, query = '', naa = true) {
  // The page calls the fake Graph itself, over https with the dev host's own CA, which this
  // Chromium does not trust (a developer's browser trusts it, or accepts it once; see README).
  const { page } = await newPage(
    session.browser,
    { width: 1280, height: 1000 },
    { ignoreHTTPSErrors: true },
  );
  const problems = watchConsole(page);
  await page.goto(
    `${session.stack.appUrl}/devhost/?view=meeting&meeting=${encodeURIComponent(chatId)}&participants=1${naa ? '&naa=1' : ''}${query}`,
  );
  const title = `Side panel — ${userName}`;
  const panel = page.frameLocator(`iframe[title="${title}"]`);
  return { page, panel, title, problems };
}

const addButton = (panel: FrameLocator, text: string) =>
  panel.getByRole('button', { name: `Add to To Do: ${text}` });

async function setConsent(page: Page, answer: 'Accept' | 'Refuse' | 'Close the prompt') {
  await page.getByLabel('To Do consent').selectOption({ label: answer });
}

describe('action items into Microsoft To Do', () => {
  it("an owner adds an action to To Do, completes it there, and the next retro's review shows it done", async () => {
    const sync = demo.weeklySync;
    const organizer = userById(sync.organizerId)!;
    const text = 'Book a pairing slot with the platform team';
    const { retroId, actionId, command } = await retroWithAction(
      sync.chatId,
      organizer,
      organizer,
      text,
    );
    const { page, panel, title, problems } = await openPanel(sync.chatId, organizer.displayName);

    await addButton(panel, text).click({ timeout: 30_000 });
    await expect.poll(() => panel.getByText('In your To Do').count(), { timeout: 20_000 }).toBe(1);
    const tasks = session.stack.graph.todo.tasks(organizer.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: text,
      status: 'notStarted',
      dueDateTime: { dateTime: '2030-01-31T00:00:00.0000000' },
    });
    expect(tasks[0]!.linkedResources[0]).toMatchObject({
      applicationName: 'Candor',
      displayName: 'Sprint 12 retro',
      externalId: actionId,
    });
    // Graph saw the owner's delegated token, not Candor's app token.
    const created = session.stack.graph.calls.find(
      (c) => c.method === 'POST' && c.path.endsWith('/tasks'),
    );
    expect(created?.tenantId).toBe(organizer.tenantId);
    mkdirSync(shotsDir, { recursive: true });
    await expectNothingSideways(await frameTitled(page, title), 'To Do added');
    await shootPanel(page, title, shotPath('todo-actions-added'));

    // The owner ticks it off in To Do; the retro ends, and the next one in the series reviews it.
    expect(session.stack.graph.todo.complete(organizer.id, tasks[0]!.id)).toBe(true);
    await command({ type: 'end' });
    const api = apiAs(session.stack);
    const next = await api<{ retro: RetroView }>(organizer, 'POST', '/api/retros', {
      chatId: sync.chatId,
      title: 'Sprint 13 retro',
      templateId: 'start-stop-continue',
    });
    const nextId = next.retro.id;
    await api(organizer, 'POST', `/api/retros/${nextId}/commands`, { type: 'advance' });
    expect(
      (await api<RetroView>(organizer, 'GET', `/api/retros/${nextId}`)).review.map((a) => [
        a.id,
        a.status,
      ]),
    ).toEqual([[actionId, 'open']]);

    await page.reload();
    await expect
      .poll(() => panel.getByText('Completed in your To Do').count(), { timeout: 30_000 })
      .toBe(1);
    await expect
      .poll(
        async () =>
          (await api<RetroView>(organizer, 'GET', `/api/retros/${nextId}`)).review[0]?.status,
        { timeout: 15_000 },
      )
      .toBe('done');
    await expect
      .poll(() => panel.getByRole('combobox', { name: 'Status' }).inputValue(), {
        timeout: 15_000,
      })
      .toBe('done');
    await shootPanel(page, title, shotPath('todo-review-done'));
    expect(retroId).not.toBe(nextId);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('refused consent and a closed prompt say so, nothing is added, and the retro goes on', async () => {
    const crit = demo.designCrit;
    const organizer = userById(crit.organizerId)!;
    const text = 'Share the critique notes';
    const { retroId } = await retroWithAction(crit.chatId, organizer, organizer, text);
    const { page, panel, title } = await openPanel(
      crit.chatId,
      organizer.displayName,
      '&consent=refuse',
    );

    await addButton(panel, text).click({ timeout: 30_000 });
    const alert = panel.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('Candor was not allowed to add tasks to your To Do');
    expect(session.stack.graph.todo.tasks(organizer.id)).toEqual([]);
    // The long message wraps inside the 320 px panel.
    await expectNothingSideways(await frameTitled(page, title), 'To Do consent refused');
    mkdirSync(shotsDir, { recursive: true });
    await shootPanel(page, title, shotPath('todo-consent-refused'));

    await setConsent(page, 'Close the prompt');
    await addButton(panel, text).click();
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('The permission prompt was closed');
    expect(session.stack.graph.todo.tasks(organizer.id)).toEqual([]);

    // The retro goes on: the facilitator moves to Close from the same panel.
    await panel.getByRole('button', { name: 'Next phase' }).click();
    const api = apiAs(session.stack);
    await expect
      .poll(async () => (await api<RetroView>(organizer, 'GET', `/api/retros/${retroId}`)).phase)
      .toBe('close');

    // Accepting later works from the Close summary.
    await setConsent(page, 'Accept');
    await addButton(panel, text).click({ timeout: 30_000 });
    await expect.poll(() => panel.getByText('In your To Do').count(), { timeout: 20_000 }).toBe(1);
    expect(session.stack.graph.todo.tasks(organizer.id).map((t) => t.title)).toEqual([text]);
    await page.close();
  });

  it('without nested app auth (Teams SSO only) the button says so, and nothing reaches Graph', async () => {
    const sync = demo.weeklySync;
    const organizer = userById(sync.organizerId)!;
    const api = apiAs(session.stack);
    // The first test left its next retro running in this chat: end it first.
    const current = await api<{ retro: RetroView | null }>(
      organizer,
      'GET',
      `/api/retros/current?chatId=${encodeURIComponent(sync.chatId)}`,
    );
    if (current.retro?.status === 'active') {
      await api(organizer, 'POST', `/api/retros/${current.retro.id}/commands`, { type: 'end' });
    }
    const text = 'Write the on-call runbook';
    await retroWithAction(sync.chatId, organizer, organizer, text);
    const before = session.stack.graph.todo.tasks(organizer.id).length;
    const { page, panel } = await openPanel(sync.chatId, organizer.displayName, '', false);
    await addButton(panel, text).click({ timeout: 30_000 });
    await expect
      .poll(() => panel.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('This Teams client cannot give Candor access to your To Do');
    expect(session.stack.graph.todo.tasks(organizer.id)).toHaveLength(before);
    await page.close();
  });
});
