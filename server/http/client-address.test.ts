import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_HEADER } from "./client-address";

describe("clientAddressFrom", () => {
  it("takes the socket's peer and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    const h = new Headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4, 5.6.7.8" });
    expect(clientAddressFrom(h, 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy takes the entry that proxy added, not what the client wrote before it", () => {
    const h = new Headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.9" });
    expect(clientAddressFrom(h, 1)).toBe("198.51.100.9");
    expect(clientAddressFrom(h, 2)).toBe("1.2.3.4");
  });

  it("falls back to the peer when the proxy sent no header", () => {
    expect(clientAddressFrom(new Headers({ [PEER_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
    expect(clientAddressFrom(new Headers(), 0)).toBe("unknown");
  });
});
