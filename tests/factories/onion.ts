import { createHash, randomBytes } from "node:crypto";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

function encodeBase32(bytes: Buffer): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
  }
  return out;
}

/** A v3 onion name (56 characters and .onion) with a correct checksum, for a random key. */
export function makeOnionHost(): string {
  const publicKey = randomBytes(32);
  const version = Buffer.from([3]);
  const checksum = createHash("sha3-256")
    .update(Buffer.concat([Buffer.from(".onion checksum"), publicKey, version]))
    .digest()
    .subarray(0, 2);
  return `${encodeBase32(Buffer.concat([publicKey, checksum, version]))}.onion`;
}
