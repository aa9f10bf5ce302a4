// Microsoft Graph v1.0 metadata (from microsoftgraph/msgraph-metadata), read once per process.
// The file sits in ../shared/reference/graph beside the repository root, in development and in CI.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsdl } from './parse';
import type { CsdlModel } from './model';

/** Where the contract tests expect Graph's v1.0 CSDL; `GRAPH_CSDL` overrides it. */
export const GRAPH_CSDL_PATH = process.env['GRAPH_CSDL'] ?? path.resolve(__dirname, '../../../../shared/reference/graph/graph-v1.0.csdl');

export interface LoadedMetadata {
  readonly model: CsdlModel;
  readonly file: string;
  /** Milliseconds spent reading and parsing, for keeping an eye on the cost. */
  readonly parseMs: number;
}

let cached: LoadedMetadata | undefined;

/** Reads and parses a CSDL file, with a message that says what to do when it is missing. */
export function loadMetadataFile(file: string): LoadedMetadata {
  if (!existsSync(file)) {
    throw new Error(
      `Microsoft Graph v1.0 metadata not found at ${file}.\n` +
        'The contract tests check sandbox responses against ../shared/reference/graph/graph-v1.0.csdl ' +
        '(the shared/ folder beside the repository root, as in development and CI). ' +
        'Put it there or point GRAPH_CSDL at a copy of msgraph-metadata/clean_v10_metadata.',
    );
  }
  const started = performance.now();
  const model = parseCsdl(readFileSync(file, 'utf8'));
  return { model, file, parseMs: Math.round(performance.now() - started) };
}

/** The Graph v1.0 model, parsed on first use and cached for the rest of the process. */
export function graphMetadata(): LoadedMetadata {
  cached ??= loadMetadataFile(GRAPH_CSDL_PATH);
  return cached;
}

export function graphModel(): CsdlModel {
  return graphMetadata().model;
}
