import { describe, expect, it } from "vitest";
import { classifyAddress, describeBlockedAddress, isBlockedAddress } from "@/server/http";

describe("isBlockedAddress", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.255.254", "a loopback address"],
    ["0177.0.0.1", "a loopback address"],
    ["0x7f.0.0.1", "a loopback address"],
    ["0x7f000001", "a loopback address"],
    ["2130706433", "a loopback address"],
    ["127.1", "a loopback address"],
    ["::1", "a loopback address"],
    ["[::1]", "a loopback address"],
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["10.0.0.5", "a private address"],
    ["172.16.0.1", "a private address"],
    ["192.168.0.1", "a private address"],
    ["100.64.0.1", "a carrier-grade NAT (shared) address"],
    ["169.254.1.1", "a link-local address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["fc00::1", "a private (unique local) address"],
    ["fec0::1", "a site-local address"],
    ["224.0.0.251", "a multicast address"],
    ["ff02::1", "a multicast address"],
    ["255.255.255.255", "a broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["198.18.0.1", "a reserved address"],
    ["198.51.100.7", "a reserved address"],
    ["2001:db8::1", "a reserved address"],
    ["2001:2::1", "a benchmarking address"],
    ["100::1", "a discard-only address"],
    ["169.254.169.254", "a cloud metadata address"],
    ["100.100.100.200", "a cloud metadata address"],
    ["fd00:ec2::254", "a cloud metadata address"],
    ["192.0.0.192", "a cloud metadata address"],
  ])("refuses %s as %s", (address, reason) => {
    expect(isBlockedAddress(address)).toBe(true);
    expect(describeBlockedAddress(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1, a loopback address"],
    ["::ffff:7f00:1", "127.0.0.1, a loopback address"],
    ["::ffff:10.1.2.3", "10.1.2.3, a private address"],
    ["::ffff:169.254.169.254", "169.254.169.254, a cloud metadata address"],
    ["::ffff:0:a00:1", "10.0.0.1, a private address"],
    ["64:ff9b::a9fe:a9fe", "169.254.169.254, a cloud metadata address"],
    ["64:ff9b::7f00:1", "127.0.0.1, a loopback address"],
    ["2002:a00:5::1", "10.0.0.5, a private address"],
    ["2002:7f00:1::", "127.0.0.1, a loopback address"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "127.0.0.1, a loopback address"],
    ["2001:0:a00:1::", "10.0.0.1, a private address"],
    ["::7f00:1", "127.0.0.1, a loopback address"],
  ])("refuses %s because it embeds %s", (address, embedded) => {
    expect(describeBlockedAddress(address)).toBe(`an address embedding ${embedded}`);
  });

  it.each(["64:ff9b:1::808:808", "::808:808", "::1:0:0:1"])("refuses the reserved IPv6 form %s", (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(["not-an-ip", "", "1.2.3.4.5", "example.com"])("fails closed on the non-address %j", (text) => {
    expect(classifyAddress(text)).toEqual({ reason: "not a valid IP address", metadata: false });
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "100.63.255.255",
    "100.128.0.1",
    "172.32.0.1",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("lets the public address %s through", (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it("marks metadata endpoints so that only an exact allowlist entry can unlock them", () => {
    expect(classifyAddress("169.254.169.254")?.metadata).toBe(true);
    expect(classifyAddress("::ffff:169.254.169.254")?.metadata).toBe(true);
    expect(classifyAddress("169.254.10.10")?.metadata).toBe(false);
  });
});
