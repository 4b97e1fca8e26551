// Prints every Spector scenario of an http-specs package as JSON: for each,
// the requests its mock API expects (URI, method, query, headers, body) and
// the answer it gives. Run by benchmarks/spector.py with the compiled
// mock APIs' folder (`dist/specs`) as its argument.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const root = process.argv[2];
const found = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === "mockapi.js") found.push(path);
  }
}
walk(root);

function plainBody(body) {
  if (!body) return undefined;
  const out = { contentType: body.contentType, kind: body.kind };
  const raw = body.rawContent;
  if (typeof raw === "string") out.raw = raw;
  else if (raw && typeof raw.serialize === "function") out.raw = raw.serialize({ baseUrl: "" });
  else if (raw instanceof Uint8Array) out.base64 = Buffer.from(raw).toString("base64");
  else if (raw !== undefined) out.raw = JSON.stringify(raw);
  if (body.parts) out.parts = body.parts;
  if (body.files) {
    out.files = body.files.map((file) => ({
      fieldname: file.fieldname,
      originalname: file.originalname,
      mimetype: file.mimetype,
      base64: Buffer.from(file.buffer ?? []).toString("base64"),
    }));
  }
  return out;
}

const scenarios = {};
for (const file of found.sort()) {
  const module = await import(pathToFileURL(file).href);
  for (const [name, scenario] of Object.entries(module.Scenarios ?? {})) {
    scenarios[name] = {
      file: relative(root, file),
      apis: (scenario.apis ?? []).map((api) => ({
        uri: api.uri,
        method: api.method,
        request: {
          query: api.request?.query,
          headers: api.request?.headers,
          pathParams: api.request?.pathParams,
          body: plainBody(api.request?.body),
        },
        response: {
          status: api.response?.status,
          body: plainBody(api.response?.body),
        },
      })),
    };
  }
}
process.stdout.write(
  JSON.stringify(scenarios, (key, value) => (typeof value === "bigint" ? Number(value) : value)),
);
