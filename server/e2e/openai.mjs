// Drives a poa node with the official openai npm client (pinned in package-lock.json):
// models.list, completions and chat completions, whole and streamed, and an unknown
// model (404 NotFoundError). Run by server/e2e_openai_test.go, which starts the node.
// Env: OPENAI_BASE_URL (http://host:port/v1), OPENAI_API_KEY (default "none").
// Prints one line "RESULT {json}" for the Go test to check against the node.
import OpenAI, { AuthenticationError, NotFoundError, BadRequestError } from 'openai';

const baseURL = process.env.OPENAI_BASE_URL;
if (!baseURL) {
  console.error('usage: OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 node openai.mjs');
  process.exit(2);
}
const client = new OpenAI({ baseURL, apiKey: process.env.OPENAI_API_KEY || 'none', maxRetries: 0, timeout: 60_000 });
const out = {};

const models = await client.models.list();
out.models = models.data.map((m) => ({ id: m.id, object: m.object, parent: m.parent ?? null }));

const creq = { model: 'devil', prompt: 'CYNIC, n.', max_tokens: 8, seed: 3 };
const c = await client.completions.create(creq);
out.completion = {
  object: c.object, text: c.choices[0].text, finish: c.choices[0].finish_reason, usage: c.usage,
  record: c.attribution?.record_id ?? null,
};

let text = '';
let finish = null;
let usage = null;
let record = null;
let objects = new Set();
const cs = await client.completions.create({ ...creq, stream: true, stream_options: { include_usage: true } });
for await (const chunk of cs) {
  objects.add(chunk.object);
  for (const ch of chunk.choices) {
    text += ch.text;
    if (ch.finish_reason) finish = ch.finish_reason;
  }
  if (chunk.usage) usage = chunk.usage;
  if (chunk.poa) record = chunk.poa.attribution?.record_id ?? null;
}
out.completionStream = { objects: [...objects], text, finish, usage, record };

const messages = [{ role: 'system', content: 'Define the word.' }, { role: 'user', content: 'What is a cynic?' }];
const chat = await client.chat.completions.create({ model: 'devil', messages, max_tokens: 8, seed: 3 });
out.chat = {
  object: chat.object, role: chat.choices[0].message.role, content: chat.choices[0].message.content,
  finish: chat.choices[0].finish_reason, usage: chat.usage, record: chat.attribution?.record_id ?? null,
};

text = '';
finish = null;
record = null;
let role = '';
objects = new Set();
const chs = await client.chat.completions.create({ model: 'devil', messages, max_tokens: 8, seed: 3, stream: true });
for await (const chunk of chs) {
  objects.add(chunk.object);
  for (const ch of chunk.choices) {
    if (ch.delta.role) role += ch.delta.role;
    if (ch.delta.content) text += ch.delta.content;
    if (ch.finish_reason) finish = ch.finish_reason;
  }
  if (chunk.poa) record = chunk.poa.attribution?.record_id ?? null;
}
out.chatStream = { objects: [...objects], role, content: text, finish, record };

try {
  await client.completions.create({ model: 'gpt-4o', prompt: 'x' });
  out.unknownModel = 'no error';
} catch (e) {
  out.unknownModel = e instanceof NotFoundError ? `${e.status} ${e.code} ${e.param}` : `unexpected ${e}`;
}
try {
  await client.chat.completions.create({ model: 'devil', messages, n: 9 });
  out.badRequest = 'no error';
} catch (e) {
  out.badRequest = e instanceof BadRequestError ? `${e.status} ${e.param}` : `unexpected ${e}`;
}

// A key the node does not know (the node requires keys for inference): 401.
const stranger = new OpenAI({ baseURL, apiKey: 'poa_0000000000000000_bm90LWEta2V5LWF0LWFsbC1qdXN0LWJ5dGVzLTEyMzQ', maxRetries: 0, timeout: 60_000 });
try {
  await stranger.completions.create({ model: 'devil', prompt: 'CYNIC, n.', max_tokens: 4 });
  out.badKey = 'no error';
} catch (e) {
  out.badKey = e instanceof AuthenticationError ? `${e.status} ${e.code}` : `unexpected ${e}`;
}

console.log('RESULT ' + JSON.stringify(out));
