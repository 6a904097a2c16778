// Measures the value-tagging choice recorded in Design.md. Run:
//   swiftc -O Benchmarks/tagging/TaggingSchemes.swift -o /tmp/tagging && /tmp/tagging
// Low-bit tagging (Adder) vs NaN-boxing: the two operations a tagging scheme taxes most.
#if canImport(Glibc)
  import Glibc
#endif
@inline(never) func now() -> Double {
  var t = timespec(); clock_gettime(CLOCK_MONOTONIC, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
let n = 200_000_000
// Low-bit tags: ints n<<1|1, floats Spur-rotated with tag 100.
@inline(__always) func lowEncode(_ d: Double) -> UInt64? {
  let bits = d.bitPattern; let rotated = (bits << 1) | (bits >> 63); let payload = rotated &- (896 << 53)
  if payload &- (1 << 53) < (255 << 53) { return payload << 3 | 4 }
  if bits << 1 == 0 { return (bits >> 63) << 3 | 4 }
  return nil
}
@inline(__always) func lowDecode(_ v: UInt64) -> Double {
  let payload = v >> 3
  if payload < (1 << 53) { return Double(bitPattern: payload << 63) }
  let rotated = payload &+ (896 << 53); return Double(bitPattern: (rotated >> 1) | (rotated << 63))
}
// NaN-boxing: doubles as themselves (offset by 2^49 so no tagged value is a double), ints 48-bit.
let nanOffset: UInt64 = 1 << 49
@inline(__always) func nanEncode(_ d: Double) -> UInt64 { d.bitPattern &+ nanOffset }
@inline(__always) func nanDecode(_ v: UInt64) -> Double { Double(bitPattern: v &- nanOffset) }
let intTag: UInt64 = 0xFFFF_0000_0000_0000

var t = now(); var acc: UInt64 = lowEncode(0.5)!
for i in 0..<n { acc = lowEncode(lowDecode(acc) + (i & 1 == 0 ? 1.25 : -1.25)) ?? 0 }
let lowFloat = now() - t; print("low-bit float add", lowFloat / Double(n) * 1e9, "ns", acc)
t = now(); var nb: UInt64 = nanEncode(0.5)
for i in 0..<n { nb = nanEncode(nanDecode(nb) + (i & 1 == 0 ? 1.25 : -1.25)) }
let nanFloat = now() - t; print("nan-box float add", nanFloat / Double(n) * 1e9, "ns", nb)
t = now(); var li: UInt64 = 1
for i in 0..<n {
  let (r, o) = Int64(bitPattern: li).addingReportingOverflow(Int64(i & 7) << 1);
  li = o ? 1 : UInt64(bitPattern: r)
}
let lowInt = now() - t; print("low-bit int add", lowInt / Double(n) * 1e9, "ns", li)
t = now(); var ni: UInt64 = intTag
for i in 0..<n {
  // 48-bit payload: sign-extend, add, check the result still fits in 48 bits, retag.
  let x = Int64(bitPattern: ni << 16) >> 16; let r = x &+ Int64(i & 7)
  ni = (r << 16) >> 16 == r ? (UInt64(bitPattern: r) & 0xFFFF_FFFF_FFFF) | intTag : intTag
}
let nanInt = now() - t; print("nan-box int add", nanInt / Double(n) * 1e9, "ns", ni)
