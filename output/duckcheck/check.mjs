#!/usr/bin/env node
// Checks a claimx output directory with DuckDB, a Parquet reader that shares
// no code with the Go writer: a file that parquet-go reads back happily can
// still hold values other readers decode wrongly (dates, lists, encodings).
//
//   node check.mjs OUT [EXPECT.json]
//
// Without EXPECT it checks what the contract (contract.json beside this
// file) says of any output: column types as DuckDB shows them, the Parquet
// schema under them (which fields may be NULL, lists, time units), file
// metadata, encodings, and the invariants between claims and articles.
// With EXPECT, a JSON file {version, claims: [...], articles: [...]} giving
// every row as the writer meant it, it also compares every value DuckDB reads.
//
// @duckdb/node-api is loaded from $CLAIMX_DUCKDB_PREFIX, by default the
// repository's .tools/duckdb (installed with `npm ci --prefix .tools/duckdb`).
//
// Exit status: 0 all checks passed, 1 a check failed, 2 cannot run.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(message) {
  console.error(`duckcheck: ${message}`);
  process.exit(2);
}

const [out, expectPath] = process.argv.slice(2);
if (!out) usage('usage: node check.mjs OUT [EXPECT.json]');
const prefix = process.env.CLAIMX_DUCKDB_PREFIX || path.resolve(here, '../../.tools/duckdb');
let duckdb;
try {
  duckdb = createRequire(path.join(prefix, 'package.json'))('@duckdb/node-api');
} catch (err) {
  usage(`@duckdb/node-api is not installed under ${prefix} (install it with ` +
    `\`npm ci --prefix .tools/duckdb\` from a copy of output/duckcheck/package*.json): ${err.message}`);
}
const contract = JSON.parse(readFileSync(path.join(here, 'contract.json'), 'utf8'));
const expected = expectPath ? JSON.parse(readFileSync(expectPath, 'utf8')) : null;

const failures = [];
function fail(message) {
  failures.push(message);
}

const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
const tables = Object.keys(contract.tables);
const glob = (table) => sqlString(path.join(out, table, '*.parquet'));

const db = await duckdb.DuckDBInstance.create(':memory:');
const conn = await db.connect();
async function rows(sql) {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

// Layout: both tables hold part files of the same names.
const parts = {};
for (const table of tables) {
  const dir = path.join(out, table);
  if (!existsSync(dir)) usage(`${dir} does not exist`);
  parts[table] = readdirSync(dir).filter((f) => f.endsWith('.parquet') && !f.startsWith('.')).sort();
}
if (parts.claims.length === 0) usage(`${out} holds no part files`);
if (parts.claims.join() !== parts.articles.join()) {
  fail(`claims parts ${JSON.stringify(parts.claims)} and articles parts ${JSON.stringify(parts.articles)} differ`);
}

await checkTypes();
await checkParquetSchema();
await checkFiles();
await checkInvariants();
if (expected) await checkValues();

if (failures.length > 0) {
  console.error(`duckcheck: ${out} breaks the contract:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
const [{ c }] = await rows(`SELECT count(*)::INTEGER AS c FROM read_parquet(${glob('claims')})`);
const [{ a }] = await rows(`SELECT count(*)::INTEGER AS a FROM read_parquet(${glob('articles')})`);
console.log(`duckcheck: ${out} ok: ${c} claims, ${a} articles in ${parts.claims.length} parts`);

// Every column has the name and the DuckDB type the contract gives, in order.
async function checkTypes() {
  for (const table of tables) {
    const got = (await rows(`DESCRIBE SELECT * FROM read_parquet(${glob(table)})`))
      .map((r) => [r.column_name, r.column_type]);
    const want = contract.tables[table].describe;
    const names = new Set([...got, ...want].map(([name]) => name));
    for (const name of names) {
      const g = got.find(([n]) => n === name);
      const w = want.find(([n]) => n === name);
      if (!g) fail(`${table}.${name}: missing`);
      else if (!w) fail(`${table}.${name}: not in the contract (${g[1]})`);
      else if (g[1] !== w[1]) fail(`${table}.${name}: DuckDB reads ${g[1]}, the contract says ${w[1]}`);
    }
    if (got.map(([n]) => n).join() !== want.map(([n]) => n).join()) {
      fail(`${table}: columns in order ${got.map(([n]) => n)}, the contract has ${want.map(([n]) => n)}`);
    }
  }
}

// Every node of every file's Parquet schema has the repetition, physical
// type and converted type the contract gives. DESCRIBE alone cannot tell: a
// bare repeated field reads as a list there, and nanosecond timestamps read
// as TIMESTAMP WITH TIME ZONE like microsecond ones. Here a nullable field
// must be OPTIONAL and nothing else, and a list a REQUIRED three-level LIST,
// so it reads as [] and never as NULL.
async function checkParquetSchema() {
  for (const table of tables) {
    const schema = await rows(`SELECT file_name, name, type, repetition_type, converted_type, num_children
      FROM parquet_schema(${glob(table)})`);
    const want = contract.tables[table].parquet;
    for (const [file, got] of schemaNodes(schema)) {
      for (const p of new Set([...Object.keys(want), ...Object.keys(got)])) {
        if (got[p] !== want[p]) {
          fail(`${file}: ${p} is ${got[p] ?? 'missing'}, the contract has ${want[p] ?? 'no such field'}`);
        }
      }
    }
  }
}

// schemaNodes rebuilds the dotted path of every schema node from
// parquet_schema's flat, depth-first rows, and describes each node as
// "REPETITION TYPE CONVERTED_TYPE", per file.
function schemaNodes(schema) {
  const byFile = new Map();
  let stack = []; // open groups: the path to each and how many children are still to come
  for (const node of schema) {
    const children = Number(node.num_children ?? 0);
    if (!byFile.has(node.file_name)) {
      // A file's rows start with its root, which paths leave out.
      byFile.set(node.file_name, {});
      stack = [{ path: [], left: children }];
      continue;
    }
    const parent = stack[stack.length - 1];
    parent.left--;
    const p = [...parent.path, node.name];
    byFile.get(node.file_name)[p.join('.')] =
      [node.repetition_type, node.type ?? 'group', node.converted_type].filter(Boolean).join(' ');
    if (children > 0) stack.push({ path: p, left: children });
    while (stack.length > 0 && stack[stack.length - 1].left === 0) stack.pop();
  }
  return byFile;
}

// Every file carries the schema version and the build, is ZSTD-compressed
// and avoids the DELTA encodings that older readers reject.
async function checkFiles() {
  const files = tables.flatMap((t) => parts[t].map((p) => path.join(out, t, p)));
  const kv = await rows(`SELECT file_name, decode(key) AS k, decode(value) AS v
    FROM parquet_kv_metadata([${files.map(sqlString).join(', ')}])`);
  for (const file of files) {
    const meta = Object.fromEntries(kv.filter((r) => r.file_name === file).map((r) => [r.k, r.v]));
    if (meta['claimx.schema_version'] !== contract.schema_version) {
      fail(`${file}: claimx.schema_version is ${meta['claimx.schema_version']}, want ${contract.schema_version}`);
    }
    if (!meta['claimx.version']) fail(`${file}: no claimx.version`);
    else if (expected && meta['claimx.version'] !== expected.version) {
      fail(`${file}: claimx.version is ${meta['claimx.version']}, the writer was ${expected.version}`);
    }
  }
  for (const table of tables) {
    const bad = await rows(`SELECT DISTINCT file_name, path_in_schema, compression, encodings
      FROM parquet_metadata(${glob(table)})
      WHERE compression <> 'ZSTD' OR encodings LIKE '%DELTA%'`);
    for (const r of bad) fail(`${r.file_name} ${r.path_in_schema}: ${r.compression} ${r.encodings}, want ZSTD without DELTA encodings`);
  }
}

// Relations the contract states between columns and tables; each query
// returns the offending rows.
async function checkInvariants() {
  const claims = `read_parquet(${glob('claims')})`;
  const articles = `read_parquet(${glob('articles')})`;
  const checks = {
    'an article_id in more than one articles row': `SELECT article_id FROM ${articles} GROUP BY ALL HAVING count(*) > 1`,
    'a claim_id not <article_id>-<sentence, 4 digits>': `SELECT claim_id FROM ${claims}
      WHERE claim_id <> printf('%s-%04d', article_id, sentence)`,
    'a claim_id twice': `SELECT claim_id FROM ${claims} GROUP BY ALL HAVING count(*) > 1`,
    'articles.claims differs from its claims rows': `SELECT a.article_id, a.claims, count(c.claim_id) AS n
      FROM ${articles} a LEFT JOIN ${claims} c USING (article_id) GROUP BY ALL HAVING a.claims <> n`,
    'claims of an article with no ok articles row': `SELECT DISTINCT article_id FROM ${claims}
      WHERE article_id NOT IN (SELECT article_id FROM ${articles} WHERE status = 'ok')`,
    'a status other than ok, or an error without its text': `SELECT article_id, status, error FROM ${articles}
      WHERE NOT ((status = 'ok' AND error IS NULL) OR (status = 'error' AND error IS NOT NULL))`,
    'a kind other than reported or author': `SELECT claim_id, kind FROM ${claims} WHERE kind NOT IN ('reported', 'author')`,
    'an entity type other than PERSON, ORG, GPE': `SELECT claim_id, e.type FROM ${claims}, unnest(entities) AS t(e)
      WHERE e.type NOT IN ('PERSON', 'ORG', 'GPE')`,
    'a citation date not the first day of its month or year': `SELECT claim_id, c.raw, c.precision, c.date
      FROM ${claims}, unnest(citations) AS t(c)
      WHERE c.precision NOT IN ('day', 'month', 'year')
         OR (c.precision = 'month' AND day(c.date) <> 1)
         OR (c.precision = 'year' AND strftime(c.date, '%m-%d') <> '01-01')`,
    'a span with start > end': `SELECT claim_id FROM ${claims} WHERE start > "end"
      OR list_bool_or([q.start > q."end" for q in quotes])
      OR list_bool_or([c.start > c."end" for c in citations])
      OR list_bool_or([e.start > e."end" for e in entities])
      OR list_bool_or([t.start > t."end" for t in terms])`,
  };
  for (const [what, sql] of Object.entries(checks)) {
    const bad = await rows(sql);
    if (bad.length > 0) fail(`${what}: ${JSON.stringify(bad.slice(0, 5))}`);
  }
}

// Every value as DuckDB reads it equals what the writer meant, column by
// column: dates, NULLs, empty lists and Chinese text included. processed_at
// is compared as microseconds since 1970 to stay clear of time-zone display.
async function checkValues() {
  const read = {
    claims: `SELECT to_json(t)::VARCHAR AS j FROM read_parquet(${glob('claims')}) t`,
    articles: `SELECT to_json(t)::VARCHAR AS j FROM (SELECT * REPLACE (epoch_us(processed_at) AS processed_at)
      FROM read_parquet(${glob('articles')})) t`,
  };
  const keyOf = { claims: 'claim_id', articles: 'article_id' };
  for (const table of tables) {
    const got = (await rows(read[table])).map((r) => JSON.parse(r.j));
    const want = expected[table];
    if (got.length !== want.length) fail(`${table}: DuckDB reads ${got.length} rows, the writer wrote ${want.length}`);
    const key = keyOf[table];
    const byKey = new Map(got.map((r) => [r[key], r]));
    for (const w of want) {
      const g = byKey.get(w[key]);
      if (!g) {
        fail(`${table} ${w[key]}: missing`);
        continue;
      }
      for (const column of new Set([...Object.keys(w), ...Object.keys(g)])) {
        if (canonical(g[column]) !== canonical(w[column])) {
          fail(`${table} ${w[key]} ${column}: DuckDB reads ${canonical(g[column])}, the writer meant ${canonical(w[column])}`);
        }
      }
    }
  }
}

// canonical is JSON with object keys sorted, so that struct fields compare
// by name whatever order each side lists them in.
function canonical(v) {
  return JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : x));
}
