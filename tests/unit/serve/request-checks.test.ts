import { describe, expect, it } from "vitest";
import { byteRanges, fitSuffixRanges, hostProblem } from "../../../scripts/serve/request-checks";

const headers = (...hosts: string[]) => hosts.flatMap((h) => ["Host", h]);

describe("hostProblem", () => {
  it.each([
    [headers("localhost"), "1.1"],
    [headers("localhost:3000"), "1.1"],
    [headers("deployment-advisor.example."), "1.1"],
    [headers("127.0.0.1:65535"), "1.1"],
    [headers("[::1]:8080"), "1.1"],
    [headers("under_score.internal"), "1.1"],
    [["Accept", "*/*"], "1.0"],
  ])("accepts %j over HTTP/%s", (raw, version) => {
    expect(hostProblem(raw, version)).toBeNull();
  });

  it.each([
    [["Accept", "*/*"], "1.1", "no Host header"],
    [headers("a", "b"), "1.1", "more than one Host header"],
    [["host", "a", "HOST", "a"], "1.0", "more than one Host header"],
    [headers(""), "1.1", "the Host header is not a host name"],
    [headers("a b"), "1.1", "the Host header is not a host name"],
    [headers("evil.example/path"), "1.1", "the Host header is not a host name"],
    [headers("user@host"), "1.1", "the Host header is not a host name"],
    [headers("host:port"), "1.1", "the Host header is not a host name"],
    [headers("a..b"), "1.1", "the Host header is not a host name"],
    [headers("[::1"), "1.1", "the Host header is not a host name"],
    [headers("host:70000"), "1.1", "the Host header's port is not a port"],
    [headers("a".repeat(2048)), "1.1", "the Host header is longer than 255 characters"],
    [headers(`${"a".repeat(64)}.example`), "1.1", "the Host header is not a host name"],
  ])("refuses %j over HTTP/%s: %s", (raw, version, problem) => {
    expect(hostProblem(raw, version)).toBe(problem);
  });
});

describe("byteRanges", () => {
  it.each([
    ["bytes=0-99", "bytes=0-99"],
    ["bytes=-100", "bytes=-100"],
    ["bytes=100-", "bytes=100-"],
    ["Bytes=0-1", "bytes=0-1"],
    ["bytes=0-1, 5-6", "bytes=0-1,5-6"],
    ["bytes=0-1,,2-3", "bytes=0-1,2-3"],
    // Well-formed but unsatisfiable: kept, for the library to answer 416.
    ["bytes=5-1", "bytes=5-1"],
    ["bytes=-0", "bytes=-0"],
    ["bytes=0-18446744073709551615", "bytes=0-18446744073709551615"],
  ])("acts on %j as %j", (header, expected) => {
    expect(byteRanges(header)).toBe(expected);
  });

  it.each([
    "bytes=abc",
    "bytes=",
    "bytes=,",
    "bytes=1-2-3",
    "bytes=--5",
    "bytes=1x-2",
    "bytes=0 - 1",
    "bytes=0-1, bytes=2-3",
    "items=0-1",
    "bytes 0-1",
    "",
  ])("ignores %j (the whole file is sent)", (header) => {
    expect(byteRanges(header)).toBeNull();
  });
});

describe("fitSuffixRanges", () => {
  it.each([
    ["bytes=-100", 1000, "bytes=-100"],
    ["bytes=-100", 100, "bytes=0-"],
    ["bytes=-100", 23, "bytes=0-"],
    ["bytes=-99999999999999999999999", 23, "bytes=0-"],
    ["bytes=0-1,-50", 10, "bytes=0-1,0-"],
    ["bytes=5-1", 10, "bytes=5-1"],
    ["bytes=-0", 10, "bytes=-0"],
    // An empty file has no bytes to send: left for the library's 416.
    ["bytes=-5", 0, "bytes=-5"],
  ])("%s of a %i-byte file is %s", (ranges, size, expected) => {
    expect(fitSuffixRanges(ranges, size)).toBe(expected);
  });
});
