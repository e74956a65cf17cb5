import { createHash } from "node:crypto";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
const V3_NAME = /^[a-z2-7]{56}$/;

function decodeBase32(text: string): Buffer {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    buffer = ((buffer << 5) | BASE32.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** Why a host is not a v3 onion name, or null when it is one. */
export type OnionNameProblem = "not-onion" | "shape" | "checksum";

/**
 * Checks a host against Tor's v3 onion names: 56 base32 characters (the service's public key,
 * a two-byte checksum and the version 3) and ".onion". The checksum catches a mistyped letter,
 * which would otherwise send readers to an address nobody answers.
 */
export function onionNameProblem(host: string): OnionNameProblem | null {
  if (!host.endsWith(".onion")) return "not-onion";
  const name = host.slice(0, -".onion".length);
  if (!V3_NAME.test(name)) return "shape";
  const bytes = decodeBase32(name);
  const publicKey = bytes.subarray(0, 32);
  const checksum = bytes.subarray(32, 34);
  const version = bytes.subarray(34, 35);
  if (version[0] !== 3) return "checksum";
  const expected = createHash("sha3-256")
    .update(Buffer.concat([Buffer.from(".onion checksum"), publicKey, version]))
    .digest()
    .subarray(0, 2);
  return expected.equals(checksum) ? null : "checksum";
}
