#!/usr/bin/env node
// Reads a claimx dataset with DuckDB over and over while others write to
// it, as a data scientist's notebook would, until the file STOP exists.
// Every read counts each table's rows and distinct keys: a row read twice
// shows as more rows than keys, a row missed as a count lower than an
// earlier read's (rows are only ever added).
//
//   node reader.mjs OUT STOP [PAUSE_MS]
//
// pausing PAUSE_MS (200) between reads.
// prints {reads, errors, duplicates, decreases, articles, claims} as JSON:
// the failed reads' messages, the reads that saw a row twice or fewer
// rows than before, and the last counts.
// DuckDB is loaded as duck.mjs says.
// Exit status: 0 read, 2 cannot run.

import { existsSync } from 'node:fs';
import { connect, parquet } from './duck.mjs';

const [out, stop, pauseArg] = process.argv.slice(2);
const pause = Number(pauseArg ?? 200);
if (!out || !stop) {
  console.error('usage: node reader.mjs OUT STOP [PAUSE_MS]');
  process.exit(2);
}
const conn = await connect('reader');
const table = (name) => parquet(out, name);
const queries = {
  articles: `SELECT count(*)::INTEGER AS n, count(DISTINCT article_id)::INTEGER AS k FROM ${table('articles')}`,
  claims: `SELECT count(*)::INTEGER AS n, count(DISTINCT claim_id)::INTEGER AS k FROM ${table('claims')}`,
};
const result = { reads: 0, errors: [], duplicates: [], decreases: [], articles: 0, claims: 0 };
for (;;) {
  const last = existsSync(stop); // one more read after the writers are done
  for (const [name, sql] of Object.entries(queries)) {
    try {
      const [{ n, k }] = (await conn.runAndReadAll(sql)).getRowObjectsJson();
      result.reads++;
      if (n !== k) result.duplicates.push(`${name}: ${n} rows, ${k} distinct`);
      if (n < result[name]) result.decreases.push(`${name}: ${n} rows after ${result[name]}`);
      result[name] = n;
    } catch (err) {
      result.errors.push(err.message.split('\n')[0]);
    }
  }
  if (last) break;
  // A person or a notebook reads, then looks at what it read.
  await new Promise((resolve) => setTimeout(resolve, pause));
}
console.log(JSON.stringify(result));
