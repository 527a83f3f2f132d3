// The DuckDB connection the test scripts beside this file share.
// @duckdb/node-api is loaded as output/duckcheck/check.mjs loads it: from
// $CLAIMX_DUCKDB_PREFIX, by default the repository's .tools/duckdb. A
// script that cannot load it exits with status 2.

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// connect opens an in-memory database for the script named name.
export async function connect(name) {
  const prefix = process.env.CLAIMX_DUCKDB_PREFIX || path.resolve(here, '../../../.tools/duckdb');
  let duckdb;
  try {
    duckdb = createRequire(path.join(prefix, 'package.json'))('@duckdb/node-api');
  } catch (err) {
    console.error(`${name}: @duckdb/node-api is not installed under ${prefix}: ${err.message}`);
    process.exit(2);
  }
  const db = await duckdb.DuckDBInstance.create(':memory:');
  return db.connect();
}

// parquet is a read_parquet of every part of one table of the dataset out.
export const parquet = (out, table) => `read_parquet('${path.join(out, table, '*.parquet').replaceAll("'", "''")}')`;
