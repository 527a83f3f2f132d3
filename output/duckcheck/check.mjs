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
// With EXPECT, a JSON file {version, claims: [...], articles: [...], errors: [...]} giving
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

// Layout: every table holds part files of the same names.
const parts = {};
for (const table of tables) {
  const dir = path.join(out, table);
  if (!existsSync(dir)) usage(`${dir} does not exist`);
  parts[table] = readdirSync(dir).filter((f) => f.endsWith('.parquet') && !f.startsWith('.')).sort();
}
if (parts.articles.length === 0) usage(`${out} holds no part files`);
for (const table of tables) {
  if (parts[table].join() !== parts.articles.join()) {
    fail(`${table} parts ${JSON.stringify(parts[table])} and articles parts ${JSON.stringify(parts.articles)} differ`);
  }
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
const [{ e }] = await rows(`SELECT count(*)::INTEGER AS e FROM read_parquet(${glob('errors')})`);
console.log(`duckcheck: ${out} ok: ${c} claims, ${a} articles, ${e} failed attempts in ${parts.articles.length} parts`);

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
  const errors = `read_parquet(${glob('errors')})`;
  const checks = {
    'an article_id in more than one articles row': `SELECT article_id FROM ${articles} GROUP BY ALL HAVING count(*) > 1`,
    'a claim_id not <article_id>-<sentence, 4 digits>': `SELECT claim_id FROM ${claims}
      WHERE claim_id <> printf('%s-%04d', article_id, sentence)`,
    'a claim_id twice': `SELECT claim_id FROM ${claims} GROUP BY ALL HAVING count(*) > 1`,
    'articles.claims differs from its claims rows': `SELECT a.article_id, a.claims, count(c.claim_id) AS n
      FROM ${articles} a LEFT JOIN ${claims} c USING (article_id) GROUP BY ALL HAVING a.claims <> n`,
    'claims of an article with no ok articles row': `SELECT DISTINCT article_id FROM ${claims}
      WHERE article_id NOT IN (SELECT article_id FROM ${articles} WHERE status = 'ok')`,
    'an articles status other than ok, or unsupported with its reason': `SELECT article_id, status, error FROM ${articles}
      WHERE NOT ((status = 'ok' AND error IS NULL) OR (status = 'unsupported' AND error IS NOT NULL))`,
    'an errors row not status error with its reason': `SELECT article_id, status, error FROM ${errors} WHERE status <> 'error' OR error IS NULL`,
    'an article written without its text': `SELECT article_id FROM ${articles} WHERE text IS NULL`,
    'a kind other than reported or author': `SELECT claim_id, kind FROM ${claims} WHERE kind NOT IN ('reported', 'author')`,
    'an entity type other than PERSON, ORG, GPE': `SELECT claim_id, e.type FROM ${claims}, unnest(entities) AS t(e)
      WHERE e.type NOT IN ('PERSON', 'ORG', 'GPE')`,
    'a citation date not the first day of its month or year': `SELECT claim_id, c.raw, c.precision, c.date
      FROM ${claims}, unnest(citations) AS t(c)
      WHERE c.precision NOT IN ('day', 'month', 'year')
         OR (c.precision = 'month' AND day(c.date) <> 1)
         OR (c.precision = 'year' AND strftime(c.date, '%m-%d') <> '01-01')`,
    // Offsets index the stored text in code points, as DuckDB's substring
    // and Python's slices count: every span gives back what it names.
    'a span whose text[start:end] is not what it names': `
      WITH c AS (SELECT c.*, a.text AS doc FROM ${claims} c JOIN ${articles} a USING (article_id)),
      spans AS (
        SELECT claim_id, 'claim' AS what, start_char AS s, end_char AS e, text AS want, doc FROM c
        UNION ALL SELECT claim_id, 'quote', q.quote_start, q.quote_end, q.text, doc FROM c, unnest(quotes) AS t(q)
        UNION ALL SELECT claim_id, 'citation', x.citation_start, x.citation_end, x.raw, doc FROM c, unnest(citations) AS t(x)
        UNION ALL SELECT claim_id, 'entity', e.entity_start, e.entity_end, e.mention, doc FROM c, unnest(entities) AS t(e)
        UNION ALL SELECT claim_id, 'term', m.term_start, m.term_end, m.hanzi, doc FROM c, unnest(terms) AS t(m))
      SELECT claim_id, what, s, e, want, substring(doc, s + 1, e - s) AS got FROM spans
      WHERE s < 0 OR s > e OR e > length(doc) OR substring(doc, s + 1, e - s) <> want`,
    // Runs of Chinese outside every claim (a heading, a caption, the
    // title line) are the article's: they slice its text as a claim's do,
    // and none of them starts inside a claim.
    'an article term whose text[start:end] is not its hanzi': `
      SELECT article_id, m.term_start, m.term_end, m.hanzi FROM ${articles}, unnest(terms) AS t(m)
      WHERE m.term_start < 0 OR m.term_start > m.term_end OR m.term_end > length(text)
         OR substring(text, m.term_start + 1, m.term_end - m.term_start) <> m.hanzi`,
    // A run that one claim holds whole is that claim's, not the article's.
    'an article term that a claim holds whole': `
      SELECT a.article_id, m.hanzi, c.claim_id FROM ${articles} a, unnest(a.terms) AS t(m)
      JOIN ${claims} c ON c.article_id = a.article_id AND c.start_char <= m.term_start AND m.term_end <= c.end_char`,
    // A citation lies in its claim or wholly outside it: after it, an
    // endnote's entry the claim marks ([3]) or a source line right below
    // the claim; before it, a listed item's source line over its text.
    'a quote, citation, entity or term outside its claim': `SELECT claim_id FROM ${claims}
      WHERE list_bool_or([q.quote_start < start_char OR q.quote_end > end_char for q in quotes])
         OR list_bool_or([x.citation_start < start_char AND x.citation_end > start_char OR x.citation_start < end_char AND x.citation_end > end_char for x in citations])
         OR list_bool_or([e.entity_start < start_char OR e.entity_end > end_char for e in entities])
         OR list_bool_or([m.term_start < start_char OR m.term_end > end_char for m in terms])`,
  };
  for (const [what, sql] of Object.entries(checks)) {
    try {
      const bad = await rows(sql);
      if (bad.length > 0) fail(`${what}: ${JSON.stringify(bad.slice(0, 5))}`);
    } catch (err) {
      fail(`${what}: cannot be checked: ${err.message.split('\n')[0]}`);
    }
  }
}

// Every value as DuckDB reads it equals what the writer meant, column by
// column: dates, NULLs, empty lists and Chinese text included. processed_at
// is compared as microseconds since 1970 to stay clear of time-zone display.
async function checkValues() {
  const asMicros = (table) => `SELECT to_json(t)::VARCHAR AS j FROM (SELECT * REPLACE (epoch_us(processed_at) AS processed_at)
      FROM read_parquet(${glob(table)})) t`;
  const read = {
    claims: `SELECT to_json(t)::VARCHAR AS j FROM read_parquet(${glob('claims')}) t`,
    articles: asMicros('articles'),
    errors: asMicros('errors'),
  };
  // An article has one row in articles, but may have failed more than once.
  const keyOf = {
    claims: (r) => r.claim_id,
    articles: (r) => r.article_id,
    errors: (r) => `${r.article_id}@${r.processed_at}`,
  };
  for (const table of tables) {
    const got = (await rows(read[table])).map((r) => JSON.parse(r.j));
    const want = expected[table];
    if (got.length !== want.length) fail(`${table}: DuckDB reads ${got.length} rows, the writer wrote ${want.length}`);
    const key = keyOf[table];
    const byKey = new Map(got.map((r) => [key(r), r]));
    for (const w of want) {
      const g = byKey.get(key(w));
      if (!g) {
        fail(`${table} ${key(w)}: missing`);
        continue;
      }
      for (const column of new Set([...Object.keys(w), ...Object.keys(g)])) {
        if (canonical(g[column]) !== canonical(w[column])) {
          fail(`${table} ${key(w)} ${column}: DuckDB reads ${canonical(g[column])}, the writer meant ${canonical(w[column])}`);
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
