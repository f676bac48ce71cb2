// The browser bundles other API-reference tools ship for the same job, weighed from their npm
// packages: fetched with `npm pack` into a temporary directory (nothing is installed), read
// straight out of the tarballs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { weigh, type Weight } from './site-weight.ts';

/** A peer: its npm package (pinned, so runs compare) and the files a page of it loads. */
export interface Peer {
  readonly label: string;
  readonly spec: string;
  readonly files: readonly string[];
}

/** The peers the bench weighs. Versions are pinned so that two runs measure the same bytes. */
export const PEERS: readonly Peer[] = [
  {
    label: 'Swagger UI',
    spec: 'swagger-ui-dist@5.35.0',
    files: ['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'swagger-ui.css'],
  },
  { label: 'Scalar API Reference', spec: '@scalar/api-reference@1.72.1', files: ['dist/browser/standalone.js'] },
  {
    label: 'Stoplight Elements',
    spec: '@stoplight/elements@9.0.25',
    files: ['web-components.min.js', 'styles.min.css'],
  },
  { label: 'Redoc', spec: 'redoc@3.0.1', files: ['bundles/redoc.standalone.js'] },
];

/** A peer's weight: each file and the sum. */
export interface PeerWeight extends Weight {
  readonly label: string;
  readonly spec: string;
  readonly files: readonly ({ readonly path: string } & Weight)[];
}

/** The regular files of a .tgz by path (without the leading `package/`). */
export function readTarball(tgz: Uint8Array): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start: number, length: number) =>
      header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    const prefix = text(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    longName = undefined;
    if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name.replace(/^[^/]*\//, ''), Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Packs every peer with one `npm pack` and weighs the files it names. */
export function weighPeers(root: string, peers: readonly Peer[] = PEERS): PeerWeight[] {
  const dir = mkdtempSync(join(tmpdir(), 'playground-peers-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir, ...peers.map((peer) => peer.spec)], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { filename: string }[];
    return peers.map((peer, index) => {
      const contents = readTarball(readFileSync(join(dir, packed[index]!.filename)));
      const files = peer.files.map((path) => {
        const data = contents.get(path);
        if (!data) throw new Error(`${peer.spec} has no ${path}`);
        return { path, ...weigh(data) };
      });
      return {
        label: peer.label,
        spec: peer.spec,
        files,
        raw: files.reduce((sum, file) => sum + file.raw, 0),
        gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
