#!/usr/bin/env node
// Runs one SQL query with DuckDB and prints its rows as a JSON array, so
// that tests can run the queries the README gives users.
//
//   node query.mjs SQL
//
// DuckDB is loaded as duck.mjs says.
// Exit status: 0 printed, 1 the query failed, 2 cannot run.

import { connect } from './duck.mjs';

const [sql] = process.argv.slice(2);
if (!sql) {
  console.error('usage: node query.mjs SQL');
  process.exit(2);
}
const conn = await connect('query');
try {
  const reader = await conn.runAndReadAll(sql);
  console.log(JSON.stringify(reader.getRowObjectsJson()));
} catch (err) {
  console.error(`query: ${err.message}`);
  process.exit(1);
}
