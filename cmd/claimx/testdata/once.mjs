#!/usr/bin/env node
// Counts, with DuckDB, how often every article appears in a claimx output:
// its rows in OUT/articles, the claims those rows declare, its rows in
// OUT/claims and their distinct claim_ids. The crash test wants each
// article once, with as many claim rows, all distinct, as it declares.
//
//   node once.mjs OUT
//
// prints a JSON array of {article_id, rows, claims, claim_rows, claim_ids}.
// DuckDB is loaded as duck.mjs says.
// Exit status: 0 counted, 2 cannot run.

import { connect, parquet } from './duck.mjs';

const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node once.mjs OUT');
  process.exit(2);
}
const table = (name) => parquet(out, name);
const conn = await connect('once');
const reader = await conn.runAndReadAll(`
  WITH a AS (SELECT article_id, count(*) AS rows, sum(claims) AS claims FROM ${table('articles')} GROUP BY article_id),
       c AS (SELECT article_id, count(*) AS claim_rows, count(DISTINCT claim_id) AS claim_ids
             FROM ${table('claims')} GROUP BY article_id)
  SELECT article_id,
         coalesce(a.rows, 0)::INTEGER AS rows,
         coalesce(a.claims, 0)::INTEGER AS claims,
         coalesce(c.claim_rows, 0)::INTEGER AS claim_rows,
         coalesce(c.claim_ids, 0)::INTEGER AS claim_ids
  FROM a FULL JOIN c USING (article_id)
  ORDER BY article_id`);
console.log(JSON.stringify(reader.getRowObjectsJson()));
