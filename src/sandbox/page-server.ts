/**
 * The sandbox's web server: the page, its script and styles, uploaded files, and a small JSON
 * API the script calls. Every call names the acting demo person; unknown people or places are
 * refused with 400, so nothing reaches the app that the page could not have sent.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { SlackEmulator } from '../slack-emulator/index.ts';
import type { SlashCommandInfo } from './commands.ts';
import { parseComposed } from './compose.ts';
import {
  ActionRequest,
  ChangeRequest,
  CloseRequest,
  OptionsQuery,
  SendRequest,
  SubmitRequest,
} from './page-requests.ts';
import { type SandboxPerson, sandboxPerson } from './people.ts';
import { channelOf, placeContent } from './place-content.ts';
import type { Place } from './places.ts';
import type { Relay } from './relay.ts';
import { renderPage, switcherLabel, whoText } from './render/page.ts';

export interface PageServerParts {
  readonly emulator: SlackEmulator;
  readonly relay: Relay;
  readonly places: readonly Place[];
  readonly people: readonly SandboxPerson[];
  readonly commands: readonly SlashCommandInfo[];
  readonly workspaceName: string;
  /**
   * Each person's title from the roles the ledger holds now (App Home reads the same), so the
   * header and the user switcher follow `/billing role`; without it, their titles at start.
   */
  readonly titles?: () => Promise<Record<string, string>>;
}

class BadRequest extends Error {}

/** Served from ./public by path; an alias answers with another file there. */
const PUBLIC_FILES: Record<string, { type: string; file?: string }> = {
  '/sandbox.js': { type: 'text/javascript; charset=utf-8' },
  '/sandbox.css': { type: 'text/css; charset=utf-8' },
  '/favicon.svg': { type: 'image/svg+xml' },
  // Browsers ask for /favicon.ico on their own (a file opened alone, an old bookmark): no 404 in the console.
  '/favicon.ico': { type: 'image/svg+xml', file: '/favicon.svg' },
};

const MAX_JSON_BYTES = 64 * 1024;

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, body: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));

async function readJson<T extends z.ZodType>(request: IncomingMessage, schema: T): Promise<z.infer<T>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new BadRequest('request too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('the body is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new BadRequest(parsed.error.issues.map(issueText).join('; '));
  return parsed.data;
}

/** A refusal the person can read: a form field is named by its block_id, not by the request's shape. */
function issueText(issue: z.core.$ZodIssue): string {
  const [top, blockId] = issue.path;
  if (top === 'inputs' && typeof blockId === 'string') return `${blockId}: ${issue.message}`;
  if (top === 'value' || top === 'text') return issue.message;
  return `${issue.path.join('.')}: ${issue.message}`;
}

export function createPageHandler(parts: PageServerParts) {
  const { emulator, relay } = parts;
  const [defaultPerson] = parts.people;
  const [defaultPlace] = parts.places;
  if (!defaultPerson || !defaultPlace) throw new Error('invariant: the sandbox has people and places');

  const personOf = (userId: string | null): SandboxPerson => {
    const person = userId === null ? defaultPerson : sandboxPerson(userId);
    if (!person || !parts.people.includes(person)) throw new BadRequest(`unknown user ${userId}`);
    return person;
  };
  const currentTitles = async (): Promise<Record<string, string>> =>
    parts.titles ? await parts.titles() : Object.fromEntries(parts.people.map((p) => [p.id, p.title]));
  /** Who is signed in and the switcher's labels, redrawn by the page's script while it polls. */
  const peopleContent = async (user: SandboxPerson) => {
    const titles = await currentTitles();
    const titleOf = (person: SandboxPerson) => titles[person.id] ?? person.title;
    return {
      who: whoText(user, titleOf(user)),
      people: parts.people.map((person) => ({
        id: person.id,
        label: switcherLabel(person, titleOf(person)),
      })),
    };
  };
  const placeOf = (placeId: string | null): Place => {
    const place = placeId === null ? defaultPlace : parts.places.find((p) => p.id === placeId);
    if (!place) throw new BadRequest(`unknown place ${placeId}`);
    return place;
  };

  async function page(url: URL, response: ServerResponse): Promise<void> {
    const user = personOf(url.searchParams.get('user'));
    const place = placeOf(url.searchParams.get('place'));
    // Opening the Home tab is an event the app answers by publishing the view.
    if (place.kind === 'home') await relay.openHome(user.id);
    const content = placeContent(emulator, user.id, place);
    const titles = await currentTitles();
    send(response, 200, 'text/html; charset=utf-8', renderPage({ ...parts, user, place, content, titles }));
  }

  /**
   * A file only for someone who can see the conversation it was shared in: a report sent to one
   * person's DM names patients and amounts. Anyone else gets the same 404 as for no file at all.
   */
  async function file(fileId: string, url: URL, response: ServerResponse): Promise<void> {
    const viewer = personOf(url.searchParams.get('user'));
    const stored = emulator.files.get(fileId);
    const sharedIn = stored?.channel ? emulator.state.directory.channel(stored.channel) : undefined;
    const canSee = sharedIn !== undefined && (!sharedIn.isIm || sharedIn.userId === viewer.id);
    if (!stored?.bytes || !canSee) return sendJson(response, 404, { error: 'no such file' });
    send(response, 200, stored.mimetype, stored.bytes);
  }

  async function api(
    path: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    if (path === '/api/content') {
      const user = personOf(url.searchParams.get('user'));
      const content = placeContent(emulator, user.id, placeOf(url.searchParams.get('place')));
      return sendJson(response, 200, { ...content, ...(await peopleContent(user)) });
    }
    if (path === '/api/options') {
      const query = OptionsQuery.parse(Object.fromEntries(url.searchParams));
      const user = personOf(query.user);
      const options = await relay.suggest(user.id, { ...query, query: query.q });
      return sendJson(response, 200, { options });
    }
    if (request.method !== 'POST') throw new BadRequest('use POST');
    if (path === '/api/send') {
      const body = await readJson(request, SendRequest);
      const user = personOf(body.user);
      const channelId = channelOf(emulator, user.id, placeOf(body.place));
      if (!channelId) throw new BadRequest('the Home tab has no message box');
      await relay.send({ userId: user.id, channelId, threadTs: body.threadTs }, parseComposed(body.text));
    } else if (path === '/api/action') {
      const body = await readJson(request, ActionRequest);
      if (!(await relay.press(personOf(body.user).id, body.target, body.action)))
        throw new BadRequest('gone');
    } else if (path === '/api/change') {
      const body = await readJson(request, ChangeRequest);
      await relay.change(personOf(body.user).id, body);
    } else if (path === '/api/submit') {
      const body = await readJson(request, SubmitRequest);
      const result = await relay.submit(personOf(body.user).id, body.viewId, body.inputs);
      return sendJson(response, 200, { sent: result.sent, clientErrors: result.clientErrors });
    } else if (path === '/api/close') {
      const body = await readJson(request, CloseRequest);
      await relay.close(personOf(body.user).id, body.viewId);
    } else {
      return sendJson(response, 404, { error: 'not found' });
    }
    sendJson(response, 200, { ok: true });
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const path = url.pathname;
    try {
      if (path === '/' && request.method === 'GET') return await page(url, response);
      const publicFile = PUBLIC_FILES[path];
      if (publicFile) {
        const bytes = await readFile(new URL(`./public${publicFile.file ?? path}`, import.meta.url));
        return send(response, 200, publicFile.type, bytes);
      }
      const fileId = /^\/files\/(F\w+)$/.exec(path)?.[1];
      if (fileId) return await file(fileId, url, response);
      if (path.startsWith('/api/')) return await api(path, url, request, response);
      sendJson(response, 404, { error: 'not found' });
    } catch (error) {
      const known = error instanceof BadRequest || (error as { name?: string }).name === 'ZodError';
      if (!known) throw error;
      sendJson(response, 400, { error: (error as Error).message });
    }
  };
}

export async function startPageServer(parts: PageServerParts, port: number, host: string): Promise<Server> {
  const handle = createPageHandler(parts);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The message names the failure, never request contents (they may name patients).
      console.error('sandbox request failed:', (error as Error).message);
      if (!response.headersSent) sendJson(response, 500, { error: 'the sandbox failed; see its console' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
